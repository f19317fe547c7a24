/** Rooms matching a search (code or building), for the rooms list, a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roomInTerm } from "@/lib/server/terms/term-scope";
import { findDataPage } from "./paging";

export interface ListRoomsOptions {
  q?: string;
  page?: number;
  /** Only the rooms shown with this term (see term-scope). */
  termId?: string;
}

const roomListSelect = {
  id: true,
  code: true,
  building: true,
  capacity: true,
  type: true,
  department: { select: { code: true } },
  _count: { select: { unavailable: true } },
} satisfies Prisma.RoomSelect;

export async function listRooms({ q, page = 1, termId }: ListRoomsOptions = {}) {
  const search = q?.trim();
  const matching: Prisma.RoomWhereInput | undefined = search
    ? { OR: [{ code: { contains: search, mode: "insensitive" } }, { building: { contains: search, mode: "insensitive" } }] }
    : undefined;
  const where: Prisma.RoomWhereInput = { AND: [matching ?? {}, termId ? roomInTerm(termId) : {}] };
  return findDataPage(
    page,
    () => prisma.room.count({ where }),
    ({ skip, take }) => prisma.room.findMany({ where, select: roomListSelect, orderBy: [{ code: "asc" }, { id: "asc" }], skip, take }),
  );
}
