/** Pinned meetings with readable names, matching a search (subject code, room code or term name), a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findDataPage } from "./paging";

export async function listFixedSlots({ q, page = 1, termId }: { q?: string; page?: number; termId?: string } = {}) {
  const search = q?.trim();
  const matching: Prisma.FixedSlotWhereInput | undefined = search
    ? {
        OR: [
          { offering: { subject: { code: { contains: search, mode: "insensitive" } } } },
          { room: { code: { contains: search, mode: "insensitive" } } },
          { term: { name: { contains: search, mode: "insensitive" } } },
        ],
      }
    : undefined;
  const where: Prisma.FixedSlotWhereInput = { AND: [matching ?? {}, termId ? { termId } : {}] };
  return findDataPage(
    page,
    () => prisma.fixedSlot.count({ where }),
    ({ skip, take }) =>
      prisma.fixedSlot.findMany({
        where,
        select: {
          id: true,
          day: true,
          period: true,
          meetingIndex: true,
          term: { select: { name: true, periods: { select: { index: true, startTime: true } } } },
          offering: { select: { subject: { select: { code: true, name: true } } } },
          room: { select: { code: true } },
        },
        orderBy: [{ term: { name: "asc" } }, { day: "asc" }, { period: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
}
