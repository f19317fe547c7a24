import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listBatches } from "@/lib/server/data/list-batches";
import { parsePageParam } from "@/lib/server/data/paging";
import { deleteBatchAction } from "./actions";

export const metadata: Metadata = { title: "Batches" };

export default async function BatchesPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const pageRequest = parsePageParam(page);
  const { rows: batches, ...paging } = await listBatches({ q, page: pageRequest.page, termId: term?.id });
  return (
    <>
      <PageHeader title="Batches" description="Student sections that attend the same classes." />
      <DataTable
        basePath="/admin/data/batches"
        noun="batch"
        pluralNoun="batches"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        columns={[
          { key: "code", label: "Code" },
          { key: "department", label: "Department" },
          { key: "semester", label: "Semester" },
          { key: "size", label: "Size" },
          { key: "students", label: "Students" },
          { key: "offerings", label: "Offerings" },
        ]}
        rows={batches.map((b) => ({
          id: b.id,
          editHref: `/admin/data/batches/${b.id}`,
          cells: { code: b.code, department: b.department.code, semester: b.semesterNumber, size: b.size, students: b._count.students, offerings: b._count.offerings },
          actions: <DeleteButton label={`batch ${b.code}`} action={deleteBatchAction.bind(null, b.id)} />,
        }))}
      />
    </>
  );
}
