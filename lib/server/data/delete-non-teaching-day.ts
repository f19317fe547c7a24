/** Removes a non-teaching day (or range) from its term, with its audit entry. */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { notFound } from "./data-errors";

export async function deleteNonTeachingDay({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.nonTeachingDay.findUnique({ where: { id } });
    if (!before) throw notFound("Non-teaching day");
    await tx.nonTeachingDay.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "NonTeachingDay", entityId: id, before });
    return { id };
  });
}
