/**
 * Upserts the built-in weight profiles by name. Shared by the demo seed and the test factories so
 * every database offers the same built-ins; an existing row is brought back to the built-in values
 * (someone may have edited it) and marked isBuiltIn.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";

/** Returns the profile ids by name. */
export async function upsertBuiltInWeightProfiles(tx: Prisma.TransactionClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const profile of BUILT_IN_WEIGHT_PROFILES) {
    const data = { description: profile.description, weights: { ...profile.weights }, isBuiltIn: true };
    const row = await tx.weightProfile.upsert({
      where: { name: profile.name },
      create: { name: profile.name, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(profile.name, row.id);
  }
  return ids;
}
