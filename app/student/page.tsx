import type { Metadata } from "next";
import { UserSummary } from "@/components/layout/user-summary";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";
import { MyTimetable } from "@/components/timetable/my-timetable";

export const metadata: Metadata = { title: "My timetable" };

export default async function StudentHomePage() {
  const user = await requirePageUser({ roles: ["STUDENT"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description="Your week of classes and calendar feed." />
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
