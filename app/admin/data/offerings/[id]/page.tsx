import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getOffering } from "@/lib/server/data/get-offering";
import { listOfferingChoices } from "@/lib/server/data/list-offering-choices";
import { ROOM_TYPES } from "@/lib/validation/fields";
import { deleteOfferingAction, saveOfferingAction } from "../actions";

export const metadata: Metadata = { title: "Offering" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function OfferingPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [offering, { term }] = await Promise.all([id === "new" ? null : getOffering({ id }), getCurrentTerm()]);
  const choices = await listOfferingChoices({ termId: offering?.termId ?? term?.id });
  if (id !== "new" && !offering) notFound();
  const fields: FieldDef[] = [
    { name: "termId", label: "Term", kind: "select", emptyOption: "Choose a term", options: choices.terms },
    { name: "subjectId", label: "Subject", kind: "select", emptyOption: "Choose a subject", options: choices.subjects },
    { name: "facultyId", label: "Faculty", kind: "select", emptyOption: "Not assigned yet", options: choices.faculty },
    { name: "batchIds", label: "Batches", kind: "multiselect", options: choices.batches, hint: "Several batches make a combined lecture" },
    { name: "meetingsPerWeek", label: "Meetings per week", kind: "number" },
    { name: "meetingLength", label: "Meeting length (periods)", kind: "number", hint: "1 for lectures, 2-3 for labs" },
    { name: "minDays", label: "Minimum days", kind: "number", hint: "Distinct days the meetings should spread over" },
    { name: "expectedSize", label: "Expected size", kind: "number", hint: "Leave empty for the batches' total size plus students of other batches taking it as an extra" },
    { name: "roomType", label: "Room type", kind: "select", emptyOption: "As the subject", options: ROOM_TYPES.map((t) => ({ value: t, label: t })) },
  ];
  const defaults = { meetingsPerWeek: 3, meetingLength: 1, minDays: 3, batchIds: [] as string[] };
  return (
    <>
      <PageHeader
        title={offering ? "Offering" : "New offering"}
        actions={offering ? <DeleteButton label="this offering" action={deleteOfferingAction.bind(null, offering.id)} afterDeleteHref="/admin/data/offerings" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm
            entity="offering"
            fields={fields}
            initialValues={toFormValues(offering ?? defaults, fields)}
            recordId={offering?.id}
            action={saveOfferingAction}
            editBase="/admin/data/offerings"
            initiallySaved={saved === "1"}
          />
        </CardBody>
      </Card>
    </>
  );
}
