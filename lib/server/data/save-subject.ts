/** Creates a subject, or updates it when input.id is set, with its audit entry. */
import "server-only";
import { prisma } from "@/lib/db";
import type { TSubjectInput } from "@/lib/validation/subject";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, notFound } from "./data-errors";

export interface SaveSubjectOptions {
  input: TSubjectInput;
  actorId: string;
}

export async function saveSubject({ input, actorId }: SaveSubjectOptions): Promise<{ id: string }> {
  const { id, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const clash = await tx.subject.findUnique({ where: { code: data.code }, select: { id: true } });
    if (clash && clash.id !== id) throw fieldConflict("code", `Subject code ${data.code} is already in use`);
    if (!id) {
      const subject = await tx.subject.create({ data });
      await recordAudit(tx, { actorId, action: "create", entity: "Subject", entityId: subject.id, after: subject });
      return { id: subject.id };
    }
    const before = await tx.subject.findUnique({ where: { id } });
    if (!before) throw notFound("Subject");
    const after = await tx.subject.update({ where: { id }, data });
    await recordAudit(tx, { actorId, action: "update", entity: "Subject", entityId: id, before, after });
    return { id };
  });
}
