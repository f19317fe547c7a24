import type { Metadata } from "next";
import { UserSummary } from "@/components/layout/user-summary";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Department" };

export default async function HodHomePage() {
  const user = await requirePageUser({ roles: ["HOD"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description="Your department's published timetable and teaching load." />
      <Card>
        <CardHeader title="Department timetable" />
        <CardBody>
          <p className="mb-3 text-sm text-muted">
            Your department&apos;s batches, faculty and the rooms its classes use, with downloads and a print view.
          </p>
          <ButtonLink href="/timetable">Open the department timetable</ButtonLink>
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
