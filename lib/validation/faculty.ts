import { z } from "zod";
import { booleanField, emailField, intInRange, optionalText, recordId, requiredId, requiredText } from "./fields";

export const ZFacultyInputSchema = z
  .object({
    id: recordId,
    name: requiredText(120),
    email: emailField(),
    title: optionalText(20),
    departmentId: requiredId("department"),
    maxPeriodsPerDay: intInRange(1, 24),
    maxPeriodsPerWeek: intInRange(1, 168),
    avoidBackToBack: booleanField,
  })
  .refine((f) => f.maxPeriodsPerWeek >= f.maxPeriodsPerDay, {
    path: ["maxPeriodsPerWeek"],
    message: "must be at least the daily limit",
  });

export type TFacultyInput = z.output<typeof ZFacultyInputSchema>;
