import { z } from "zod";
import type { SoftConstraint } from "@/lib/solver/types";
import { numberInRange, optionalText, recordId, requiredText } from "./fields";
import { softWeightFields } from "./soft-weight-fields";

/** The label the form shows for each soft constraint's weight. */
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
} as const satisfies Record<SoftConstraint, string>;

export const ZWeightProfileInputSchema = z.object({
  id: recordId,
  name: requiredText(60),
  description: optionalText(300).transform((v) => v ?? ""),
  ...softWeightFields(numberInRange(0, 1000)),
});

export type TWeightProfileInput = z.output<typeof ZWeightProfileInputSchema>;
