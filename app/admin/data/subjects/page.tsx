import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listSubjects } from "@/lib/server/data/list-subjects";
import { parsePageParam } from "@/lib/server/data/paging";
import { deleteSubjectAction } from "./actions";

export const metadata: Metadata = { title: "Subjects" };

export default async function SubjectsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const pageRequest = parsePageParam(page);
  const { rows: subjects, ...paging } = await listSubjects({ q, page: pageRequest.page, termId: term?.id });
  return (
    <>
      <PageHeader title="Subjects" description="What is taught; an offering says who teaches it to which batches in a term." />
      <DataTable
        basePath="/admin/data/subjects"
        noun="subject"
        pluralNoun="subjects"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        columns={[
          { key: "code", label: "Code" },
          { key: "name", label: "Name" },
          { key: "department", label: "Department" },
          { key: "credits", label: "Credits" },
          { key: "roomType", label: "Room type" },
          { key: "offerings", label: "Offerings" },
        ]}
        rows={subjects.map((s) => ({
          id: s.id,
          editHref: `/admin/data/subjects/${s.id}`,
          cells: { code: s.code, name: s.name, department: s.department.code, credits: s.credits, roomType: s.roomType, offerings: s._count.offerings },
          actions: <DeleteButton label={`subject ${s.code}`} action={deleteSubjectAction.bind(null, s.id)} />,
        }))}
      />
    </>
  );
}
