import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { NonTeachingDaysEditor } from "@/components/data/non-teaching-days-editor";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { toIsoDate } from "@/lib/dates/iso-date";
import { listNonTeachingDays } from "@/lib/server/data/list-non-teaching-days";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getTerm } from "@/lib/server/data/get-term";
import { listTermRoomChoices } from "@/lib/server/data/list-term-room-choices";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listWeightProfileOptions } from "@/lib/server/data/list-weight-profile-options";
import { isoDayName } from "@/lib/domain/day-names";
import { periodLines } from "@/lib/validation/term";
import { deleteNonTeachingDayAction, deleteTermAction, saveNonTeachingDayAction, saveTermAction } from "../actions";

export const metadata: Metadata = { title: "Term" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const NEW_TERM = {
  timezone: "Asia/Kolkata",
  workingDays: [1, 2, 3, 4, 5, 6],
  periods: "09:00-09:50\n09:50-10:40\n11:00-11:50\n11:50-12:40\n13:40-14:30\n14:30-15:20\n15:20-16:10",
};

export default async function TermPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [term, profiles, current] = await Promise.all([id === "new" ? null : getTerm({ id }), listWeightProfileOptions(), getCurrentTerm()]);
  if (id !== "new" && !term) notFound();
  // A new term starts with the rooms of the term being worked on; an existing one shows its own list.
  const rooms = await listTermRoomChoices({ termId: term?.id, listedByTermId: term ? undefined : current.term?.id });
  const fields: FieldDef[] = [
    { name: "name", label: "Name", kind: "text", hint: "Unique, e.g. 2026-27 Odd semester" },
    { name: "academicYear", label: "Academic year", kind: "text" },
    { name: "semester", label: "Semester", kind: "text" },
    { name: "timezone", label: "Time zone", kind: "text", hint: "IANA name, e.g. Asia/Kolkata" },
    { name: "firstDay", label: "First day", kind: "date" },
    { name: "lastDay", label: "Last day", kind: "date" },
    { name: "workingDays", label: "Working days", kind: "multiselect", options: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: isoDayName(d) })) },
    { name: "weightProfileId", label: "Weight profile", kind: "select", emptyOption: "Default (Balanced)", options: profiles },
    { name: "periods", label: "Periods", kind: "textarea", hint: "One per line, HH:MM-HH:MM, in order; a gap between two periods is a break" },
    { name: "roomIds", label: "Rooms", kind: "multiselect", options: rooms.options, hint: "The rooms this term may use: only these" },
  ];
  const initial = term ? { ...term, periods: periodLines(term.periods), roomIds: term.rooms.map((r) => r.roomId) } : { ...NEW_TERM, roomIds: rooms.listedIds };
  return (
    <>
      <PageHeader
        title={term ? term.name : "New term"}
        actions={term ? <DeleteButton label={`term ${term.name}`} action={deleteTermAction.bind(null, term.id)} afterDeleteHref="/admin/data/terms" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm entity="term" fields={fields} initialValues={toFormValues(initial, fields)} recordId={term?.id} action={saveTermAction} editBase="/admin/data/terms" initiallySaved={saved === "1"} />
        </CardBody>
      </Card>
      {term ? (
        <Card className="mt-6">
          <CardHeader title="Non-teaching days" description="Holidays and exam weeks: calendars leave their classes out, and timetables mark them." />
          <CardBody>
            <NonTeachingDaysEditor
              termId={term.id}
              termFirstDay={toIsoDate(term.firstDay)}
              termLastDay={toIsoDate(term.lastDay)}
              days={await listNonTeachingDays({ termId: term.id })}
              saveAction={saveNonTeachingDayAction}
              deleteAction={deleteNonTeachingDayAction}
            />
          </CardBody>
        </Card>
      ) : null}
    </>
  );
}
