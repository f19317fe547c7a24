/**
 * Creates an offering with its batches, or updates it (the batch list is replaced), in one
 * transaction with its audit entry. References are checked here so that a stale form (a batch
 * deleted meanwhile) gets a message next to the field rather than a foreign-key error.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TOfferingInput } from "@/lib/validation/offering";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldInvalid, notFound } from "./data-errors";

export interface SaveOfferingOptions {
  input: TOfferingInput;
  actorId: string;
}

export async function saveOffering({ input, actorId }: SaveOfferingOptions): Promise<{ id: string }> {
  const { id, batchIds, ...data } = input;
  const uniqueBatchIds = [...new Set(batchIds)];
  return prisma.$transaction(async (tx) => {
    // Sequential: queries of one interactive transaction share one connection.
    const term = await tx.term.findUnique({ where: { id: data.termId }, select: { id: true } });
    const subject = await tx.subject.findUnique({ where: { id: data.subjectId }, select: { id: true } });
    const faculty = data.facultyId ? await tx.facultyProfile.findUnique({ where: { id: data.facultyId }, select: { id: true } }) : { id: null };
    const batchCount = await tx.batch.count({ where: { id: { in: uniqueBatchIds } } });
    if (!term) throw fieldInvalid("termId", "this term no longer exists");
    if (!subject) throw fieldInvalid("subjectId", "this subject no longer exists");
    if (!faculty) throw fieldInvalid("facultyId", "this faculty member no longer exists");
    if (batchCount !== uniqueBatchIds.length) throw fieldInvalid("batchIds", "a chosen batch no longer exists");

    const batchRows = uniqueBatchIds.map((batchId) => ({ batchId }));
    if (!id) {
      const created = await tx.offering.create({ data: { ...data, batches: { create: batchRows } } });
      await recordAudit(tx, { actorId, action: "create", entity: "Offering", entityId: created.id, after: { ...created, batchIds: uniqueBatchIds } });
      return { id: created.id };
    }
    const before = await tx.offering.findUnique({ where: { id }, include: { batches: { select: { batchId: true } } } });
    if (!before) throw notFound("Offering");
    const after = await tx.offering.update({ where: { id }, data: { ...data, batches: { deleteMany: {}, create: batchRows } } });
    const { batches, ...beforeRow } = before;
    await recordAudit(tx, {
      actorId,
      action: "update",
      entity: "Offering",
      entityId: id,
      before: { ...beforeRow, batchIds: batches.map((b) => b.batchId) },
      after: { ...after, batchIds: uniqueBatchIds },
    });
    return { id };
  });
}
