/**
 * The built-in soft-constraint weight profiles. The worker runs one variant per chosen profile, and the
 * seed upserts them (by name, isBuiltIn = true) so that every database offers the same choices.
 *
 * Weights are relative: only their ratios matter to the search, so each profile keeps the other
 * constraints switched on at a low weight rather than 0 (0 would let them degrade without limit),
 * except ITC-2007, which must match the competition's published scoring exactly.
 */
import type { SoftWeights } from "@/lib/solver/types";

export interface WeightProfileDefinition {
  name: BuiltInProfileName;
  description: string;
  weights: SoftWeights;
}

export type BuiltInProfileName =
  | "Balanced"
  | "Faculty-friendly"
  | "Student-compact"
  | "Room-efficient"
  | "Spread-out"
  | "ITC-2007";

export const BALANCED_WEIGHTS: SoftWeights = {
  roomCapacity: 2,
  minDays: 5,
  isolated: 2,
  gaps: 2,
  roomStability: 1,
  facultyPreference: 2,
  backToBack: 1,
  edgePeriods: 1,
  dailyBalance: 1,
};

/** ITC-2007 track 3 (curriculum-based course timetabling) scoring: the benchmark instances are judged by it. */
export const ITC2007_WEIGHTS: SoftWeights = {
  roomCapacity: 1,
  minDays: 5,
  isolated: 2,
  gaps: 0,
  roomStability: 1,
  facultyPreference: 0,
  backToBack: 0,
  edgePeriods: 0,
  dailyBalance: 0,
};

export const BUILT_IN_WEIGHT_PROFILES: readonly WeightProfileDefinition[] = [
  {
    name: "Balanced",
    description: "A sensible default: every preference counts, none dominates.",
    weights: BALANCED_WEIGHTS,
  },
  {
    name: "Faculty-friendly",
    description: "Honours faculty preferred periods and avoids back-to-back teaching and early or late periods.",
    weights: { ...BALANCED_WEIGHTS, facultyPreference: 8, backToBack: 5, edgePeriods: 3 },
  },
  {
    name: "Student-compact",
    description: "Keeps each batch's day compact: few gaps, no isolated classes, evenly loaded days.",
    weights: { ...BALANCED_WEIGHTS, isolated: 6, gaps: 6, dailyBalance: 3 },
  },
  {
    name: "Room-efficient",
    description: "Fits classes to rooms of the right size and keeps each course in one room.",
    weights: { ...BALANCED_WEIGHTS, roomCapacity: 6, roomStability: 5 },
  },
  {
    name: "Spread-out",
    description: "Spreads each course over many days and balances the load of every day.",
    weights: { ...BALANCED_WEIGHTS, minDays: 10, dailyBalance: 5, isolated: 1, gaps: 1 },
  },
  {
    name: "ITC-2007",
    description: "The ITC-2007 curriculum-based scoring (room capacity, minimum working days, isolated lectures, room stability).",
    weights: ITC2007_WEIGHTS,
  },
];

export const DEFAULT_WEIGHT_PROFILE_NAME: BuiltInProfileName = "Balanced";

export function builtInWeightProfile(name: string): WeightProfileDefinition | undefined {
  return BUILT_IN_WEIGHT_PROFILES.find((profile) => profile.name === name);
}
