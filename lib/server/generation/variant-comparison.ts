/**
 * Makes a job's variants comparable. Each variant is searched under its own weight profile, so its
 * own score says how well it did by its own priorities, not whether it is better than the others.
 * Scoring every variant's soft amounts (Timetable.softUnits) under ONE profile does: the first
 * variant's, which is the term's own profile when it has one (variant-profiles.ts).
 */
import "server-only";
import { scoreUnder } from "@/lib/solver/soft-units";
import type { SoftWeights } from "@/lib/solver/types";
import { numberRecordFromJson } from "./stored-job-json";
import { ZSoftWeightsSchema } from "./soft-weights-schema";

export type ComparableVariantRow = { index: number; name: string; weightProfile: unknown; softUnits: unknown };

export type VariantComparisonBasis = {
  /** The profile every variant is scored under, e.g. "Balanced"; null when it cannot be read. */
  profileName: string | null;
  /** By variant index: the score under that profile, or null for a variant without soft amounts. */
  scores: Map<number, number | null>;
  /** By variant index: the soft amounts in their own units, or null. */
  units: Map<number, Record<string, number> | null>;
};

function basisWeights(rows: ComparableVariantRow[]): { name: string; weights: SoftWeights } | null {
  const first = rows.find((row) => row.index === 0) ?? rows[0];
  const weights = first ? ZSoftWeightsSchema.safeParse(first.weightProfile) : null;
  return first && weights?.success ? { name: first.name, weights: weights.data } : null;
}

export function compareVariants(rows: ComparableVariantRow[]): VariantComparisonBasis {
  const basis = basisWeights(rows);
  const units = new Map(rows.map((row) => [row.index, numberRecordFromJson(row.softUnits)]));
  const scores = new Map(
    rows.map((row) => {
      const amounts = units.get(row.index);
      return [row.index, basis && amounts ? scoreUnder(amounts, basis.weights) : null];
    }),
  );
  return { profileName: basis?.name ?? null, scores, units };
}
