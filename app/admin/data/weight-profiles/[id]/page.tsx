import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { getWeightProfile } from "@/lib/server/data/get-weight-profile";
import { SOFT_WEIGHT_LABELS } from "@/lib/validation/weight-profile";
import { deleteWeightProfileAction, saveWeightProfileAction } from "../actions";

export const metadata: Metadata = { title: "Weight profile" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const FIELDS: FieldDef[] = [
  { name: "name", label: "Name", kind: "text" },
  { name: "description", label: "Description", kind: "text" },
  ...Object.entries(SOFT_WEIGHT_LABELS).map(([name, label]) => ({ name, label, kind: "number" as const, hint: "0 switches it off" })),
];

export default async function WeightProfilePage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const profile = id === "new" ? null : await getWeightProfile({ id });
  if (id !== "new" && !profile) notFound();
  return (
    <>
      <PageHeader
        title={profile ? profile.name : "New weight profile"}
        actions={
          profile && !profile.isBuiltIn ? (
            <DeleteButton label={`weight profile ${profile.name}`} action={deleteWeightProfileAction.bind(null, profile.id)} afterDeleteHref="/admin/data/weight-profiles" />
          ) : null
        }
      />
      {profile?.isBuiltIn ? (
        <Alert tone="info" className="mb-4">
          Built-in profiles are read-only: create a new profile to use different weights.
        </Alert>
      ) : null}
      <Card>
        <CardBody>
          <EntityForm
            entity="weightProfile"
            fields={FIELDS}
            initialValues={toFormValues(profile ?? { ...BALANCED_WEIGHTS }, FIELDS)}
            recordId={profile?.id}
            action={saveWeightProfileAction}
            editBase="/admin/data/weight-profiles"
            initiallySaved={saved === "1"}
          />
        </CardBody>
      </Card>
    </>
  );
}
