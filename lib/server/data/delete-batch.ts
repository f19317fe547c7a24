/**
 * Deletes a batch that has no students and attends no offering. Students would be orphaned (the
 * database refuses), and silently dropping it from offerings would change their expected sizes.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound, plural } from "./data-errors";

export async function deleteBatch({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const batch = await tx.batch.findUnique({ where: { id }, include: { _count: { select: { students: true, offerings: true } } } });
    if (!batch) throw notFound("Batch");
    const { _count, ...before } = batch;
    const uses = [_count.students && plural(_count.students, "student"), _count.offerings && plural(_count.offerings, "offering")].filter(Boolean);
    if (uses.length > 0) {
      throw deleteRefused(`Batch ${batch.code} cannot be deleted: it still has ${uses.join(" and ")}. Move the students and remove it from the offerings first.`);
    }
    await tx.batch.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "Batch", entityId: id, before });
    return { id };
  });
}
