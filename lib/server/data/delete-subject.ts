/** Deletes a subject that no offering teaches; otherwise says how many offerings still use it. */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound, plural } from "./data-errors";

export async function deleteSubject({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const subject = await tx.subject.findUnique({ where: { id }, include: { _count: { select: { offerings: true } } } });
    if (!subject) throw notFound("Subject");
    const { _count, ...before } = subject;
    if (_count.offerings > 0) {
      throw deleteRefused(`Subject ${subject.code} cannot be deleted: ${plural(_count.offerings, "offering")} still teach it. Delete those offerings first.`);
    }
    await tx.subject.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "Subject", entityId: id, before });
    return { id };
  });
}
