/**
 * Which weight profile, name and seed each variant of a generation request uses.
 *
 * Variants exist to offer the registrar real alternatives, so each one gets a different built-in
 * profile in a fixed order (the term's own default profile first, when it has one). Past the number
 * of profiles the list repeats with a new seed ("Balanced #2"): same priorities, another search.
 */
import "server-only";
import { randomInt } from "node:crypto";
import { BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";
import type { SoftWeights } from "@/lib/solver/types";

export interface VariantPlan {
  index: number;
  name: string;
  weights: SoftWeights;
  seed: number;
}

export interface NamedWeights {
  name: string;
  weights: SoftWeights;
}

// ITC-2007 scoring is for benchmark terms: it is offered only when it is the term's own profile.
const GENERAL_PROFILES: readonly NamedWeights[] = BUILT_IN_WEIGHT_PROFILES.filter((p) => p.name !== "ITC-2007");

/** Seeds are stored on the variant row, so any variant can be re-run exactly. */
function randomSeed(): number {
  return randomInt(1, 2 ** 31 - 1);
}

export function planVariants(
  count: number,
  termProfile: NamedWeights | null,
  nextSeed: () => number = randomSeed,
): VariantPlan[] {
  const profiles = termProfile
    ? [termProfile, ...GENERAL_PROFILES.filter((p) => p.name !== termProfile.name)]
    : [...GENERAL_PROFILES];
  return Array.from({ length: count }, (_, index) => {
    const profile = profiles[index % profiles.length];
    const round = Math.floor(index / profiles.length);
    return {
      index,
      name: round === 0 ? profile.name : `${profile.name} #${round + 1}`,
      weights: profile.weights,
      seed: nextSeed(),
    };
  });
}
