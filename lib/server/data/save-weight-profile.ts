/**
 * Creates or updates a weight profile. Built-in profiles are upserted by the seed on every database,
 * so editing one would be silently undone: they are read-only and the registrar makes a copy.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TWeightProfileInput } from "@/lib/validation/weight-profile";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { AppError } from "@/lib/domain/app-error";
import { fieldConflict, notFound } from "./data-errors";

export async function saveWeightProfile({ input, actorId }: { input: TWeightProfileInput; actorId: string }): Promise<{ id: string }> {
  const { id, name, description, ...weights } = input;
  return prisma.$transaction(async (tx) => {
    const clash = await tx.weightProfile.findUnique({ where: { name }, select: { id: true } });
    if (clash && clash.id !== id) throw fieldConflict("name", `A profile named "${name}" already exists`);
    if (!id) {
      const profile = await tx.weightProfile.create({ data: { name, description, weights } });
      await recordAudit(tx, { actorId, action: "create", entity: "WeightProfile", entityId: profile.id, after: profile });
      return { id: profile.id };
    }
    const before = await tx.weightProfile.findUnique({ where: { id } });
    if (!before) throw notFound("Weight profile");
    if (before.isBuiltIn) throw new AppError("CONFLICT", `"${before.name}" is built in and cannot be changed; create a new profile with these weights instead`);
    const after = await tx.weightProfile.update({ where: { id }, data: { name, description, weights } });
    await recordAudit(tx, { actorId, action: "update", entity: "WeightProfile", entityId: id, before, after });
    return { id };
  });
}
