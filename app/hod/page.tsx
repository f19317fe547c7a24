import type { Metadata } from "next";
import { RoleHome } from "@/components/layout/role-home";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";

export const metadata: Metadata = { title: "Department" };

export default async function HodHomePage() {
  const user = await requirePageUser({ roles: ["HOD"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });
  return (
    <RoleHome user={user} department={department} description="Your department's published timetable and teaching load.">
      <Card>
        <CardHeader title="Department timetable" />
        <CardBody>
          <p className="mb-3 text-sm text-muted">
            Your department&apos;s batches, faculty and the rooms its classes use, with downloads and a print view.
          </p>
          <ButtonLink href="/timetable">Open the department timetable</ButtonLink>
        </CardBody>
      </Card>
    </RoleHome>
  );
}
