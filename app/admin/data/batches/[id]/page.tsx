import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getBatch } from "@/lib/server/data/get-batch";
import { listDepartmentOptions } from "@/lib/server/data/list-department-options";
import { deleteBatchAction, saveBatchAction } from "../actions";

export const metadata: Metadata = { title: "Batch" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function BatchPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [batch, { term }] = await Promise.all([id === "new" ? null : getBatch({ id }), getCurrentTerm()]);
  const departments = await listDepartmentOptions({ termId: term?.id, keepId: batch?.departmentId });
  if (id !== "new" && !batch) notFound();
  const fields: FieldDef[] = [
    { name: "code", label: "Code", kind: "text", hint: "Unique, e.g. CSE-3A" },
    { name: "departmentId", label: "Department", kind: "select", emptyOption: "Choose a department", options: departments },
    { name: "semesterNumber", label: "Semester", kind: "number" },
    { name: "size", label: "Size", kind: "number", hint: "Number of students" },
  ];
  return (
    <>
      <PageHeader
        title={batch ? `Batch ${batch.code}` : "New batch"}
        actions={batch ? <DeleteButton label={`batch ${batch.code}`} action={deleteBatchAction.bind(null, batch.id)} afterDeleteHref="/admin/data/batches" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm entity="batch" fields={fields} initialValues={toFormValues(batch ?? {}, fields)} recordId={batch?.id} action={saveBatchAction} editBase="/admin/data/batches" initiallySaved={saved === "1"} />
        </CardBody>
      </Card>
    </>
  );
}
