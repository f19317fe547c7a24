import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AvailabilityGrid } from "@/components/data/availability-grid";
import { DeleteButton } from "@/components/data/delete-button";
import { EntityForm } from "@/components/data/entity-form";
import { toFormValues, type FieldDef } from "@/components/data/field-def";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { getRoom } from "@/lib/server/data/get-room";
import { getWeekGridShape } from "@/lib/server/data/get-week-grid-shape";
import { listDepartmentOptions } from "@/lib/server/data/list-department-options";
import { ROOM_TYPES } from "@/lib/validation/fields";
import { deleteRoomAction, saveRoomAction, saveRoomAvailabilityAction } from "../actions";

export const metadata: Metadata = { title: "Room" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function RoomPage({ params, searchParams }: Props) {
  await requirePageUser({ permission: "data.manage" });
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const isNew = id === "new";
  const [room, { term }, grid] = await Promise.all([isNew ? null : getRoom({ id }), getCurrentTerm(), getWeekGridShape()]);
  const departments = await listDepartmentOptions({ termId: term?.id, keepId: room?.departmentId });
  if (!isNew && !room) notFound();

  const fields: FieldDef[] = [
    { name: "code", label: "Code", kind: "text", hint: "Unique, e.g. LH-101" },
    { name: "building", label: "Building", kind: "text" },
    { name: "capacity", label: "Capacity", kind: "number" },
    { name: "type", label: "Type", kind: "select", options: ROOM_TYPES.map((t) => ({ value: t, label: t })) },
    { name: "departmentId", label: "Department", kind: "select", emptyOption: "Shared (no department)", options: departments },
  ];
  const initial = toFormValues(room ?? { type: "LECTURE" }, fields);

  return (
    <>
      <PageHeader
        title={room ? `Room ${room.code}` : "New room"}
        actions={room ? <DeleteButton label={`room ${room.code}`} action={deleteRoomAction.bind(null, room.id)} afterDeleteHref="/admin/data/rooms" /> : null}
      />
      <Card>
        <CardBody>
          <EntityForm entity="room" fields={fields} initialValues={initial} recordId={room?.id} action={saveRoomAction} editBase="/admin/data/rooms" initiallySaved={saved === "1"} />
        </CardBody>
      </Card>
      {room ? (
        <Card className="mt-6">
          <CardHeader title="Availability" description="Periods in which the room cannot be used (maintenance, exams, other users)." />
          <CardBody>
            <AvailabilityGrid
              days={grid.days}
              periods={grid.periods}
              initial={room.unavailable.map((c) => ({ ...c, preference: "UNAVAILABLE" as const }))}
              states={["NEUTRAL", "UNAVAILABLE"]}
              ownerId={room.id}
              action={saveRoomAvailabilityAction}
            />
          </CardBody>
        </Card>
      ) : null}
    </>
  );
}
