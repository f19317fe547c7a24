import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { notFound } from "./data-errors";

export async function deleteFixedSlot({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const pin = await tx.fixedSlot.findUnique({ where: { id } });
    if (!pin) throw notFound("Fixed slot");
    await tx.fixedSlot.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "FixedSlot", entityId: id, before: pin });
    return { id };
  });
}
