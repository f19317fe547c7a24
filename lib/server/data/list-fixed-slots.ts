/** Pinned meetings with readable names, matching a search (subject code, room code or term name). */
import { prisma } from "@/lib/db";

export async function listFixedSlots({ q }: { q?: string } = {}) {
  const search = q?.trim();
  return prisma.fixedSlot.findMany({
    where: search
      ? {
          OR: [
            { offering: { subject: { code: { contains: search, mode: "insensitive" } } } },
            { room: { code: { contains: search, mode: "insensitive" } } },
            { term: { name: { contains: search, mode: "insensitive" } } },
          ],
        }
      : undefined,
    select: {
      id: true,
      day: true,
      period: true,
      meetingIndex: true,
      term: { select: { name: true, periods: { select: { index: true, startTime: true } } } },
      offering: { select: { subject: { select: { code: true, name: true } } } },
      room: { select: { code: true } },
    },
    orderBy: [{ term: { name: "asc" } }, { day: "asc" }, { period: "asc" }],
    take: 500,
  });
}
