import type { Metadata } from "next";
import { RoleHome } from "@/components/layout/role-home";
import { TeachingLoadTable } from "@/components/timetable/teaching-load-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";
import { getDepartmentTeachingLoad } from "@/lib/server/timetable-views/get-department-teaching-load";

export const metadata: Metadata = { title: "Department" };

const publishedDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function HodHomePage() {
  const user = await requirePageUser({ roles: ["HOD"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });
  const load = user.departmentId ? await getDepartmentTeachingLoad({ viewer: user, departmentId: user.departmentId }) : null;
  return (
    <RoleHome user={user} department={department} description="Your department's published timetable and teaching load.">
      <Card>
        <CardHeader title="Department timetable" />
        <CardBody>
          <p className="mb-3 text-sm text-muted">
            Your department&apos;s batches, faculty and the rooms its classes use, with downloads and a print view.
          </p>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/timetable/department">Department overview</ButtonLink>
            <ButtonLink href="/timetable" variant="secondary">
              Open the department timetable
            </ButtonLink>
          </div>
        </CardBody>
      </Card>
      <Card className="mt-6">
        <CardHeader
          title="Teaching load"
          description={
            load
              ? `Periods each faculty member teaches in ${load.timetable.term.name}${load.timetable.publishedAt ? ` (published ${publishedDate.format(load.timetable.publishedAt)})` : ""}, against their limits; most loaded first.`
              : undefined
          }
        />
        <CardBody>
          {!user.departmentId ? (
            <p className="text-sm text-muted">Your account has no department; ask an administrator to set it.</p>
          ) : load ? (
            <TeachingLoadTable loads={load.faculty} caption={`Teaching load of ${department?.code ?? "the department"}`} />
          ) : (
            <p className="text-sm text-muted">No timetable has been published yet.</p>
          )}
        </CardBody>
      </Card>
    </RoleHome>
  );
}
