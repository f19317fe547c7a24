import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listFaculty } from "@/lib/server/data/list-faculty";
import { parsePageParam } from "@/lib/server/data/paging";
import { deleteFacultyAction } from "./actions";

export const metadata: Metadata = { title: "Faculty" };

export default async function FacultyListPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const pageRequest = parsePageParam(page);
  const { rows: faculty, ...paging } = await listFaculty({ q, page: pageRequest.page, termId: term?.id });
  return (
    <>
      <PageHeader title="Faculty" description="Teaching staff, their teaching limits, availability and preferred periods." />
      <DataTable
        basePath="/admin/data/faculty"
        noun="faculty member"
        pluralNoun="faculty"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        columns={[
          { key: "name", label: "Name" },
          { key: "email", label: "Email" },
          { key: "department", label: "Department" },
          { key: "limits", label: "Max per day / week" },
          { key: "offerings", label: "Offerings" },
        ]}
        rows={faculty.map((f) => ({
          id: f.id,
          editHref: `/admin/data/faculty/${f.id}`,
          cells: {
            name: f.title ? `${f.title} ${f.name}` : f.name,
            email: f.email,
            department: f.departmentCode,
            limits: `${f.maxPeriodsPerDay} / ${f.maxPeriodsPerWeek}`,
            offerings: f.offeringCount,
          },
          actions: <DeleteButton label={`faculty member ${f.name}`} action={deleteFacultyAction.bind(null, f.id)} />,
        }))}
      />
    </>
  );
}
