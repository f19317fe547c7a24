/**
 * GenerationVariant.weightProfile and WeightProfile.weights are JSON columns: parse them before the
 * solver trusts them, so a hand-edited or outdated row fails with a message naming the bad key.
 */
import "server-only";
import { z } from "zod";
import type { SoftWeights } from "@/lib/solver/types";
import { softWeightFields } from "@/lib/validation/soft-weight-fields";

export const ZSoftWeightsSchema = z.object(softWeightFields(z.number().finite().min(0))) satisfies z.ZodType<SoftWeights>;
