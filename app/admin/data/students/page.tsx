import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listStudents } from "@/lib/server/data/list-students";
import { parsePageParam } from "@/lib/server/data/paging";
import { deleteStudentAction } from "./actions";

export const metadata: Metadata = { title: "Students" };

export default async function StudentsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const pageRequest = parsePageParam(page);
  const { rows: students, ...paging } = await listStudents({ q, page: pageRequest.page, termId: term?.id });
  return (
    <>
      <PageHeader title="Students" description="Students, their batch, and the offerings they take beyond their batch's own." />
      <DataTable
        basePath="/admin/data/students"
        noun="student"
        pluralNoun="students"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        columns={[
          { key: "name", label: "Name" },
          { key: "email", label: "Email" },
          { key: "roll", label: "Roll number" },
          { key: "batch", label: "Batch" },
          { key: "extras", label: "Extra offerings" },
        ]}
        rows={students.map((s) => ({
          id: s.id,
          editHref: `/admin/data/students/${s.id}`,
          cells: { name: s.name, email: s.email, roll: s.rollNumber ?? "—", batch: s.batchCode, extras: s.extraCount },
          actions: <DeleteButton label={`student ${s.name}`} action={deleteStudentAction.bind(null, s.id)} />,
        }))}
      />
    </>
  );
}
