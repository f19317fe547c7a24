import { z } from "zod";
import { code, emailField, recordId, requiredId, requiredText } from "./fields";

export const ZStudentInputSchema = z.object({
  id: recordId,
  name: requiredText(120),
  email: emailField(),
  batchId: requiredId("batch"),
  rollNumber: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), code(40).optional()).transform((v) => v ?? null),
  /** Offerings taken beyond the batch's own (electives with another batch). */
  extraOfferingIds: z.array(z.string().min(1)).max(40, "at most 40 extra offerings").default([]),
});

export type TStudentInput = z.output<typeof ZStudentInputSchema>;
