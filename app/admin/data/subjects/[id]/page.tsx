import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getSubject } from "@/lib/server/data/get-subject";
import { listDepartmentOptions } from "@/lib/server/data/list-department-options";
import { ROOM_TYPES } from "@/lib/validation/fields";
import { deleteSubjectAction, saveSubjectAction } from "../actions";

export const metadata: Metadata = { title: "Subject" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function SubjectPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [subject, { term }] = await Promise.all([id === "new" ? null : getSubject({ id }), getCurrentTerm()]);
  const departments = await listDepartmentOptions({ termId: term?.id, keepId: subject?.departmentId });
  if (id !== "new" && !subject) notFound();
  const fields: FieldDef[] = [
    { name: "code", label: "Code", kind: "text", hint: "Unique, e.g. CS301" },
    { name: "name", label: "Name", kind: "text" },
    { name: "departmentId", label: "Department", kind: "select", emptyOption: "Choose a department", options: departments },
    { name: "credits", label: "Credits", kind: "number" },
    { name: "roomType", label: "Room type", kind: "select", options: ROOM_TYPES.map((t) => ({ value: t, label: t })) },
  ];
  return (
    <>
      <PageHeader
        title={subject ? `Subject ${subject.code}` : "New subject"}
        actions={subject ? <DeleteButton label={`subject ${subject.code}`} action={deleteSubjectAction.bind(null, subject.id)} afterDeleteHref="/admin/data/subjects" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm
            entity="subject"
            fields={fields}
            initialValues={toFormValues(subject ?? { credits: 3, roomType: "LECTURE" }, fields)}
            recordId={subject?.id}
            action={saveSubjectAction}
            editBase="/admin/data/subjects"
            initiallySaved={saved === "1"}
          />
        </CardBody>
      </Card>
    </>
  );
}
