/** Deletes an offering unless a timetable schedules its meetings (those entries would dangle). */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound } from "./data-errors";

export async function deleteOffering({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const offering = await tx.offering.findUnique({
      where: { id },
      include: { subject: { select: { code: true } }, batches: { select: { batchId: true } } },
    });
    if (!offering) throw notFound("Offering");
    const timetables = await tx.timetable.findMany({
      where: { entries: { some: { offeringId: id } } },
      select: { name: true, status: true },
      take: 3,
    });
    if (timetables.length > 0) {
      const names = timetables.map((t) => `${t.name} (${t.status.toLowerCase()})`).join(", ");
      throw deleteRefused(`The ${offering.subject.code} offering cannot be deleted: it is scheduled in timetable ${names}.`);
    }
    await tx.offering.delete({ where: { id } });
    const { subject, batches, ...before } = offering;
    await recordAudit(tx, { actorId, action: "delete", entity: "Offering", entityId: id, before: { ...before, batchIds: batches.map((b) => b.batchId) } });
    return { id };
  });
}
