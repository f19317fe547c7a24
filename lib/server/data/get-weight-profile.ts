/** One weight profile with its weights spread out as form fields (missing keys read as 0). */
import "server-only";
import { prisma } from "@/lib/db";
import { SOFT_WEIGHT_LABELS } from "@/lib/validation/weight-profile";

export async function getWeightProfile({ id }: { id: string }) {
  const row = await prisma.weightProfile.findUnique({ where: { id }, select: { id: true, name: true, description: true, isBuiltIn: true, weights: true } });
  if (!row) return null;
  const stored = (row.weights ?? {}) as Record<string, unknown>;
  const weights = Object.fromEntries(Object.keys(SOFT_WEIGHT_LABELS).map((k) => [k, typeof stored[k] === "number" ? stored[k] : 0]));
  return { id: row.id, name: row.name, description: row.description, isBuiltIn: row.isBuiltIn, ...weights };
}
