/** Offerings of a term (or all terms) matching a search (subject code/name, faculty name, batch code), a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findDataPage } from "./paging";

export async function listOfferings({ q, termId, page = 1 }: { q?: string; termId?: string; page?: number } = {}) {
  const search = q?.trim();
  const where: Prisma.OfferingWhereInput = {
    ...(termId ? { termId } : {}),
    ...(search
      ? {
          OR: [
            { subject: { code: { contains: search, mode: "insensitive" } } },
            { subject: { name: { contains: search, mode: "insensitive" } } },
            { faculty: { user: { name: { contains: search, mode: "insensitive" } } } },
            { batches: { some: { batch: { code: { contains: search, mode: "insensitive" } } } } },
          ],
        }
      : {}),
  };
  const found = await findDataPage(
    page,
    () => prisma.offering.count({ where }),
    ({ skip, take }) =>
      prisma.offering.findMany({
        where,
        select: {
          id: true,
          meetingsPerWeek: true,
          meetingLength: true,
          minDays: true,
          roomType: true,
          term: { select: { name: true } },
          subject: { select: { code: true, name: true } },
          faculty: { select: { user: { select: { name: true } } } },
          batches: { select: { batch: { select: { code: true } } } },
        },
        orderBy: [{ term: { name: "asc" } }, { subject: { code: "asc" } }, { id: "asc" }],
        skip,
        take,
      }),
  );
  return {
    ...found,
    rows: found.rows.map(({ faculty, batches, ...o }) => ({ ...o, facultyName: faculty?.user.name ?? null, batchCodes: batches.map((b) => b.batch.code) })),
  };
}
