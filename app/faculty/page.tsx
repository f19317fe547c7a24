import type { Metadata } from "next";
import { RoleHome } from "@/components/layout/role-home";
import { MyTimetableCard } from "@/components/timetable/my-timetable-card";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";

export const metadata: Metadata = { title: "My teaching" };

export default async function FacultyHomePage() {
  const user = await requirePageUser({ roles: ["FACULTY"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });
  return (
    <RoleHome user={user} department={department} description="Your teaching week and calendar feed.">
      <MyTimetableCard />
    </RoleHome>
  );
}
