import type { Metadata } from "next";
import { RoleHome } from "@/components/layout/role-home";
import { MyTimetableCard } from "@/components/timetable/my-timetable-card";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";

export const metadata: Metadata = { title: "My timetable" };

export default async function StudentHomePage() {
  const user = await requirePageUser({ roles: ["STUDENT"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });
  return (
    <RoleHome user={user} department={department} description="Your week of classes and calendar feed.">
      <MyTimetableCard />
    </RoleHome>
  );
}
