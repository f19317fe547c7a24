import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getFixedSlot } from "@/lib/server/data/get-fixed-slot";
import { listOfferingOptions } from "@/lib/server/data/list-offering-options";
import { listRoomOptions } from "@/lib/server/data/list-room-options";
import { getPinFormChoices } from "@/lib/server/data/get-pin-form-choices";
import { listTermOptions } from "@/lib/server/data/list-term-options";
import { deleteFixedSlotAction, saveFixedSlotAction } from "../actions";

export const metadata: Metadata = { title: "Fixed slot" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function FixedSlotPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [pin, terms, { term }] = await Promise.all([id === "new" ? null : getFixedSlot({ id }), listTermOptions(), getCurrentTerm()]);
  const termId = pin?.termId ?? term?.id;
  const [offerings, rooms, choices] = await Promise.all([listOfferingOptions({ termId }), listRoomOptions({ termId }), getPinFormChoices({ termId })]);
  if (id !== "new" && !pin) notFound();
  const fields: FieldDef[] = [
    { name: "termId", label: "Term", kind: "select", emptyOption: "Choose a term", options: terms },
    { name: "offeringId", label: "Offering", kind: "select", emptyOption: "Choose an offering", options: offerings },
    { name: "day", label: "Day", kind: "select", options: choices.days },
    { name: "period", label: "Starts in period", kind: "select", options: choices.periods },
    { name: "meetingIndex", label: "Which meeting", kind: "select", emptyOption: "The next meeting not yet pinned", options: choices.meetings, hint: "Of the offering's meetings in a week" },
    { name: "roomId", label: "Room", kind: "select", emptyOption: "Any suitable room", options: rooms },
  ];
  return (
    <>
      <PageHeader
        title={pin ? "Fixed slot" : "New fixed slot"}
        actions={pin ? <DeleteButton label="this fixed slot" action={deleteFixedSlotAction.bind(null, pin.id)} afterDeleteHref="/admin/data/fixed-slots" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm
            entity="fixedSlot"
            fields={fields}
            initialValues={toFormValues(pin ?? { day: 1, period: 0 }, fields)}
            recordId={pin?.id}
            action={saveFixedSlotAction}
            editBase="/admin/data/fixed-slots"
            initiallySaved={saved === "1"}
          />
        </CardBody>
      </Card>
    </>
  );
}
