import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getDepartment } from "@/lib/server/data/get-department";
import { deleteDepartmentAction, saveDepartmentAction } from "../actions";

export const metadata: Metadata = { title: "Department" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const FIELDS: FieldDef[] = [
  { name: "code", label: "Code", kind: "text", hint: "Unique, e.g. CSE" },
  { name: "name", label: "Name", kind: "text" },
];

export default async function DepartmentPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const department = id === "new" ? null : await getDepartment({ id });
  if (id !== "new" && !department) notFound();
  return (
    <>
      <PageHeader
        title={department ? `Department ${department.code}` : "New department"}
        actions={department ? <DeleteButton label={`department ${department.code}`} action={deleteDepartmentAction.bind(null, department.id)} afterDeleteHref="/admin/data/departments" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm entity="department" fields={FIELDS} initialValues={toFormValues(department ?? {}, FIELDS)} recordId={department?.id} action={saveDepartmentAction} editBase="/admin/data/departments" initiallySaved={saved === "1"} />
        </CardBody>
      </Card>
    </>
  );
}
