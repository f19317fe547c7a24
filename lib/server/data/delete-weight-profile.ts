/** Deletes a custom weight profile no term uses; built-ins and profiles in use are refused. */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound, plural } from "./data-errors";

export async function deleteWeightProfile({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const profile = await tx.weightProfile.findUnique({ where: { id }, include: { _count: { select: { terms: true } } } });
    if (!profile) throw notFound("Weight profile");
    const { _count, ...before } = profile;
    if (profile.isBuiltIn) throw deleteRefused(`"${profile.name}" is built in and cannot be deleted.`);
    if (_count.terms > 0) throw deleteRefused(`"${profile.name}" cannot be deleted: ${plural(_count.terms, "term")} use it. Choose another profile for them first.`);
    await tx.weightProfile.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "WeightProfile", entityId: id, before });
    return { id };
  });
}
