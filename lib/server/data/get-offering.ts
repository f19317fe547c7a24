/** One offering with its batch ids, for the edit page. */
import "server-only";
import { prisma } from "@/lib/db";

export async function getOffering({ id }: { id: string }) {
  const row = await prisma.offering.findUnique({
    where: { id },
    select: {
      id: true,
      termId: true,
      subjectId: true,
      facultyId: true,
      meetingsPerWeek: true,
      meetingLength: true,
      minDays: true,
      expectedSize: true,
      roomType: true,
      batches: { select: { batchId: true } },
    },
  });
  if (!row) return null;
  const { batches, ...offering } = row;
  return { ...offering, batchIds: batches.map((b) => b.batchId) };
}
