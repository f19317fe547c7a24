import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listDepartments } from "@/lib/server/data/list-departments";
import { deleteDepartmentAction } from "./actions";

export const metadata: Metadata = { title: "Departments" };

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const departments = await listDepartments({ q, termId: term?.id });
  return (
    <>
      <PageHeader title="Departments" />
      <DataTable
        basePath="/admin/data/departments"
        noun="department"
        pluralNoun="departments"
        q={q}
        columns={[
          { key: "code", label: "Code" },
          { key: "name", label: "Name" },
          { key: "faculty", label: "Faculty" },
          { key: "subjects", label: "Subjects" },
          { key: "batches", label: "Batches" },
        ]}
        rows={departments.map((d) => ({
          id: d.id,
          editHref: `/admin/data/departments/${d.id}`,
          cells: { code: d.code, name: d.name, faculty: d._count.faculty, subjects: d._count.subjects, batches: d._count.batches },
          actions: <DeleteButton label={`department ${d.code}`} action={deleteDepartmentAction.bind(null, d.id)} />,
        }))}
      />
    </>
  );
}
