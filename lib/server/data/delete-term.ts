/** Deletes a term (its periods, offerings, pins and jobs go with it) unless it has timetables. */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound, plural } from "./data-errors";

export async function deleteTerm({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id }, include: { _count: { select: { timetables: true, offerings: true } } } });
    if (!term) throw notFound("Term");
    const { _count, ...before } = term;
    if (_count.timetables > 0) {
      throw deleteRefused(`Term ${term.name} cannot be deleted: it has ${plural(_count.timetables, "timetable")}, which students and faculty may rely on.`);
    }
    await tx.term.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "Term", entityId: id, before: { ...before, offeringCount: _count.offerings } });
    return { id };
  });
}
