/** Creates a batch, or updates it when input.id is set, with its audit entry. */
import "server-only";
import { prisma } from "@/lib/db";
import type { TBatchInput } from "@/lib/validation/batch";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, notFound } from "./data-errors";

export interface SaveBatchOptions {
  input: TBatchInput;
  actorId: string;
}

export async function saveBatch({ input, actorId }: SaveBatchOptions): Promise<{ id: string }> {
  const { id, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const clash = await tx.batch.findUnique({ where: { code: data.code }, select: { id: true } });
    if (clash && clash.id !== id) throw fieldConflict("code", `Batch code ${data.code} is already in use`);
    if (!id) {
      const batch = await tx.batch.create({ data });
      await recordAudit(tx, { actorId, action: "create", entity: "Batch", entityId: batch.id, after: batch });
      return { id: batch.id };
    }
    const before = await tx.batch.findUnique({ where: { id } });
    if (!before) throw notFound("Batch");
    const after = await tx.batch.update({ where: { id }, data });
    await recordAudit(tx, { actorId, action: "update", entity: "Batch", entityId: id, before, after });
    return { id };
  });
}
