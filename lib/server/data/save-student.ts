/**
 * Creates a student (a STUDENT user in their batch's department plus a StudentProfile) or updates
 * them, replacing their extra offerings, in one transaction with its audit entry.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TStudentInput } from "@/lib/validation/student";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, fieldInvalid, notFound } from "./data-errors";
import { unusablePasswordHash } from "./unusable-password";

export async function saveStudent({ input, actorId }: { input: TStudentInput; actorId: string }): Promise<{ id: string }> {
  const { id, name, email, batchId, rollNumber } = input;
  const extraOfferingIds = [...new Set(input.extraOfferingIds)];
  return prisma.$transaction(async (tx) => {
    const existing = id ? await tx.studentProfile.findUnique({ where: { id }, include: { user: { select: { name: true, email: true } }, extraOfferings: { select: { offeringId: true } } } }) : null;
    if (id && !existing) throw notFound("Student");
    const emailOwner = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (emailOwner && emailOwner.id !== existing?.userId) throw fieldConflict("email", `${email} already belongs to another user`);
    if (rollNumber) {
      const rollOwner = await tx.studentProfile.findUnique({ where: { rollNumber }, select: { id: true } });
      if (rollOwner && rollOwner.id !== existing?.id) throw fieldConflict("rollNumber", `Roll number ${rollNumber} is already in use`);
    }
    const batch = await tx.batch.findUnique({ where: { id: batchId }, select: { departmentId: true, offerings: { select: { offeringId: true } } } });
    if (!batch) throw fieldInvalid("batchId", "this batch no longer exists");
    const own = new Set(batch.offerings.map((o) => o.offeringId));
    if (extraOfferingIds.some((o) => own.has(o))) throw fieldInvalid("extraOfferingIds", "an extra offering is already one of the batch's own");
    if ((await tx.offering.count({ where: { id: { in: extraOfferingIds } } })) !== extraOfferingIds.length) throw fieldInvalid("extraOfferingIds", "a chosen offering no longer exists");

    const extras = { create: extraOfferingIds.map((offeringId) => ({ offeringId })) };
    if (!existing) {
      const created = await tx.studentProfile.create({
        data: {
          batch: { connect: { id: batchId } },
          rollNumber,
          user: { create: { name, email, role: "STUDENT" as const, departmentId: batch.departmentId, passwordHash: unusablePasswordHash() } },
          extraOfferings: extras,
        },
      });
      await recordAudit(tx, { actorId, action: "create", entity: "StudentProfile", entityId: created.id, after: { ...created, name, email, extraOfferingIds } });
      return { id: created.id };
    }
    await tx.user.update({ where: { id: existing.userId }, data: { name, email, departmentId: batch.departmentId } });
    const after = await tx.studentProfile.update({ where: { id: existing.id }, data: { batchId, rollNumber, extraOfferings: { deleteMany: {}, ...extras } } });
    const { user, extraOfferings, ...beforeProfile } = existing;
    await recordAudit(tx, {
      actorId,
      action: "update",
      entity: "StudentProfile",
      entityId: existing.id,
      before: { ...beforeProfile, ...user, extraOfferingIds: extraOfferings.map((e) => e.offeringId) },
      after: { ...after, name, email, extraOfferingIds },
    });
    return { id: existing.id };
  });
}
