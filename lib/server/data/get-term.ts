/** One term with its periods, as the term form edits it. */
import "server-only";
import { prisma } from "@/lib/db";

export async function getTerm({ id }: { id: string }) {
  return prisma.term.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      academicYear: true,
      semester: true,
      firstDay: true,
      lastDay: true,
      timezone: true,
      workingDays: true,
      weightProfileId: true,
      periods: { select: { startTime: true, endTime: true }, orderBy: { index: "asc" } },
      rooms: { select: { roomId: true } },
    },
  });
}
