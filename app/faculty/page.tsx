import type { Metadata } from "next";
import { UserSummary } from "@/components/layout/user-summary";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";
import { MyTimetable } from "@/components/timetable/my-timetable";

export const metadata: Metadata = { title: "My teaching" };

export default async function FacultyHomePage() {
  const user = await requirePageUser({ roles: ["FACULTY"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description="Your teaching week and calendar feed." />
      <Card>
        <CardHeader title="Your timetable" />
        <CardBody>
          <MyTimetable />
        </CardBody>
      </Card>
      <Card className="mt-6">
        <CardHeader title="Your account" />
        <CardBody>
          <UserSummary user={user} department={department} />
        </CardBody>
      </Card>
    </>
  );
}
