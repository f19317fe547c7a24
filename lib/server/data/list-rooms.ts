/** Rooms matching a search (code or building), for the rooms list. */
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ListRoomsOptions {
  q?: string;
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

export async function listRooms({ q }: ListRoomsOptions = {}) {
  const search = q?.trim();
  return prisma.room.findMany({
    where: search
      ? { OR: [{ code: { contains: search, mode: "insensitive" } }, { building: { contains: search, mode: "insensitive" } }] }
      : undefined,
    select: roomListSelect,
    orderBy: { code: "asc" },
    take: 500,
  });
}
