import { z } from "zod";
import { numberInRange, optionalText, recordId, requiredText } from "./fields";

/** Keys of lib/solver/types.ts SoftWeights, with the labels the form shows. */
export const SOFT_WEIGHT_LABELS = {
  roomCapacity: "Room capacity (per student over)",
  minDays: "Minimum days (per day short)",
  isolated: "Isolated classes",
  gaps: "Gaps in a batch's day",
  roomStability: "Room changes of a course",
  facultyPreference: "Faculty preferred periods",
  backToBack: "Back-to-back teaching",
  edgePeriods: "First and last periods",
  dailyBalance: "Daily balance",
} as const;

const weight = numberInRange(0, 1000);

export const ZWeightProfileInputSchema = z.object({
  id: recordId,
  name: requiredText(60),
  description: optionalText(300).transform((v) => v ?? ""),
  roomCapacity: weight,
  minDays: weight,
  isolated: weight,
  gaps: weight,
  roomStability: weight,
  facultyPreference: weight,
  backToBack: weight,
  edgePeriods: weight,
  dailyBalance: weight,
});

export type TWeightProfileInput = z.output<typeof ZWeightProfileInputSchema>;
