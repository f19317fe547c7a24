/** Terms with their grid size and what they hold, for the terms list. */
import "server-only";
import { prisma } from "@/lib/db";

export async function listTermsForData({ q }: { q?: string } = {}) {
  const search = q?.trim();
  return prisma.term.findMany({
    where: search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { academicYear: { contains: search, mode: "insensitive" } }] } : undefined,
    select: {
      id: true,
      name: true,
      academicYear: true,
      semester: true,
      workingDays: true,
      weightProfile: { select: { name: true } },
      _count: { select: { periods: true, offerings: true, timetables: true } },
    },
    orderBy: [{ firstDay: "desc" }, { name: "asc" }],
  });
}
