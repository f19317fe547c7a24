import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listRooms } from "@/lib/server/data/list-rooms";
import { parsePageParam } from "@/lib/server/data/paging";
import { deleteRoomAction } from "./actions";

export const metadata: Metadata = { title: "Rooms" };

export default async function RoomsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const pageRequest = parsePageParam(page);
  const { rows: rooms, ...paging } = await listRooms({ q, page: pageRequest.page, termId: term?.id });
  return (
    <>
      <PageHeader title="Rooms" description="Teaching rooms, their capacity and type, and when they cannot be used." />
      <DataTable
        basePath="/admin/data/rooms"
        noun="room"
        pluralNoun="rooms"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        columns={[
          { key: "code", label: "Code" },
          { key: "building", label: "Building" },
          { key: "capacity", label: "Capacity" },
          { key: "type", label: "Type" },
          { key: "department", label: "Department" },
          { key: "unavailable", label: "Unavailable periods" },
        ]}
        rows={rooms.map((r) => ({
          id: r.id,
          editHref: `/admin/data/rooms/${r.id}`,
          cells: { code: r.code, building: r.building, capacity: r.capacity, type: r.type, department: r.department?.code ?? "—", unavailable: r._count.unavailable },
          actions: <DeleteButton label={`room ${r.code}`} action={deleteRoomAction.bind(null, r.id)} />,
        }))}
      />
    </>
  );
}
