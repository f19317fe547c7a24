/**
 * The soft weights a timetable is judged by: those of the generation variant that made it, else
 * those of the timetable it was copied from (an edited or repaired draft), else the term's own
 * profile, else Balanced. So a check or a repair scores a timetable the way it was scored when made.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZSoftWeightsSchema } from "@/lib/server/generation/soft-weights-schema";
import type { SoftWeights } from "@/lib/solver/types";

/** Copies of copies are followed this far at most (a cycle cannot happen, but a guard is cheap). */
const MAX_BASE_HOPS = 20;

export async function timetableWeights(timetableId: string, client: Prisma.TransactionClient = prisma): Promise<SoftWeights> {
  let id: string | null = timetableId;
  let termProfile: unknown = null;
  for (let hop = 0; id !== null && hop < MAX_BASE_HOPS; hop++) {
    const row: {
      baseTimetableId: string | null;
      variant: { weightProfile: Prisma.JsonValue } | null;
      term: { weightProfile: { weights: Prisma.JsonValue } | null };
    } | null = await client.timetable.findUnique({
      where: { id },
      select: { baseTimetableId: true, variant: { select: { weightProfile: true } }, term: { select: { weightProfile: { select: { weights: true } } } } },
    });
    if (!row) break;
    const own = ZSoftWeightsSchema.safeParse(row.variant?.weightProfile);
    if (own.success) return own.data;
    termProfile ??= row.term.weightProfile?.weights ?? null;
    id = row.baseTimetableId;
  }
  const term = ZSoftWeightsSchema.safeParse(termProfile);
  return term.success ? term.data : BALANCED_WEIGHTS;
}
