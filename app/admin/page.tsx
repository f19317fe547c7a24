import type { Metadata } from "next";
import Link from "next/link";
import { RoleHome } from "@/components/layout/role-home";
import { Card, CardBody } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { RepairButton } from "@/components/timetable/repair-button";
import { Alert } from "@/components/ui/alert";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getTermStatus } from "@/lib/server/terms/get-term-status";
import { listBrokenPublications } from "@/lib/server/timetables/list-broken-publications";
import { TermStatusCard } from "./term-status-card";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  { href: "/admin/data", title: "Data", description: "Terms, the weekly grid, rooms, faculty, batches and course offerings." },
  { href: "/admin/generate", title: "Generate", description: "Start a background run that produces timetable variants for a term." },
  { href: "/admin/jobs", title: "Jobs", description: "Progress and results of generation runs; cancel one that is not needed." },
  { href: "/admin/timetables", title: "Timetables", description: "Compare variants, publish one, archive old ones." },
  { href: "/timetable", title: "Published views", description: "Any department, batch, faculty member or room; downloads and print." },
];

export default async function AdminHomePage() {
  const user = await requirePageUser({ roles: ["ADMIN", "REGISTRAR"] });
  const [department, { term }, broken] = await Promise.all([getUserDepartment({ departmentId: user.departmentId }), getCurrentTerm(), listBrokenPublications()]);
  const status = term ? await getTermStatus({ termId: term.id }) : null;

  return (
    <RoleHome user={user} department={department} description="Describe the term, generate timetables, publish one.">
      {broken.map((t) => (
        <Alert key={t.timetableId} tone="warning" className="mb-4" title={`The published timetable of ${t.termName} no longer fits the term's data`}>
          <p>
            <Link href={`/admin/timetables/${t.timetableId}`}>{t.name}</Link> has {t.check.hardViolations} hard violation
            {t.check.hardViolations === 1 ? "" : "s"} under the current data
            {t.check.unplaced.length > 0 ? `, including meetings of ${t.check.unplaced.length} offering(s) it does not place` : ""}.
          </p>
          <div className="mt-3">
            <RepairButton timetableId={t.timetableId} />
          </div>
        </Alert>
      ))}
      {term && status ? <TermStatusCard termName={term.name} status={status} /> : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Card className="h-full">
              <CardBody>
                <h2 className="text-base">
                  <Link href={section.href}>{section.title}</Link>
                </h2>
                <p className="mt-1 text-sm text-muted">{section.description}</p>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </RoleHome>
  );
}
