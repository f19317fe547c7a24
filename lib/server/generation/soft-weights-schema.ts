/**
 * GenerationVariant.weightProfile and WeightProfile.weights are JSON columns: parse them before the
 * solver trusts them, so a hand-edited or outdated row fails with a message naming the bad key.
 */
import { z } from "zod";
import type { SoftWeights } from "@/lib/solver/types";

const weight = z.number().finite().min(0);

export const ZSoftWeightsSchema = z.object({
  roomCapacity: weight,
  minDays: weight,
  isolated: weight,
  gaps: weight,
  roomStability: weight,
  facultyPreference: weight,
  backToBack: weight,
  edgePeriods: weight,
  dailyBalance: weight,
}) satisfies z.ZodType<SoftWeights>;
