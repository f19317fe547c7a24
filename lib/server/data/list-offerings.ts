/** Offerings of a term (or all terms) matching a search (subject code/name, faculty name, batch code). */
import { prisma } from "@/lib/db";

export async function listOfferings({ q, termId }: { q?: string; termId?: string } = {}) {
  const search = q?.trim();
  const rows = await prisma.offering.findMany({
    where: {
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
    },
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
    orderBy: [{ term: { name: "asc" } }, { subject: { code: "asc" } }],
    take: 1000,
  });
  return rows.map(({ faculty, batches, ...o }) => ({ ...o, facultyName: faculty?.user.name ?? null, batchCodes: batches.map((b) => b.batch.code) }));
}
