import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getStudent } from "@/lib/server/data/get-student";
import { listOfferingChoices } from "@/lib/server/data/list-offering-choices";
import { listOfferingOptions } from "@/lib/server/data/list-offering-options";
import { deleteStudentAction, saveStudentAction } from "../actions";

export const metadata: Metadata = { title: "Student" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function StudentPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [student, { term }] = await Promise.all([id === "new" ? null : getStudent({ id }), getCurrentTerm()]);
  const [choices, offerings] = await Promise.all([listOfferingChoices({ termId: term?.id }), listOfferingOptions({ termId: term?.id })]);
  if (id !== "new" && !student) notFound();
  const fields: FieldDef[] = [
    { name: "name", label: "Name", kind: "text" },
    { name: "email", label: "Email", kind: "email" },
    { name: "rollNumber", label: "Roll number", kind: "text", hint: "Optional, unique" },
    { name: "batchId", label: "Batch", kind: "select", emptyOption: "Choose a batch", options: choices.batches },
    { name: "extraOfferingIds", label: "Extra offerings", kind: "multiselect", options: offerings, hint: "Electives taken with another batch" },
  ];
  return (
    <>
      <PageHeader
        title={student ? student.name : "New student"}
        actions={student ? <DeleteButton label={`student ${student.name}`} action={deleteStudentAction.bind(null, student.id)} afterDeleteHref="/admin/data/students" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm entity="student" fields={fields} initialValues={toFormValues(student ?? {}, fields)} recordId={student?.id} action={saveStudentAction} editBase="/admin/data/students" initiallySaved={saved === "1"} />
        </CardBody>
      </Card>
    </>
  );
}
