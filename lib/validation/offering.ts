import { z } from "zod";
import { intInRange, optionalId, optionalIntInRange, optionalRoomTypeField, recordId, requiredId } from "./fields";

export const ZOfferingInputSchema = z
  .object({
    id: recordId,
    termId: requiredId("term"),
    subjectId: requiredId("subject"),
    facultyId: optionalId(),
    batchIds: z.array(z.string().min(1)).min(1, "choose at least one batch").max(50, "at most 50 batches"),
    meetingsPerWeek: intInRange(1, 20),
    meetingLength: intInRange(1, 6),
    minDays: intInRange(1, 7),
    expectedSize: optionalIntInRange(0, 5000),
    roomType: optionalRoomTypeField(),
  })
  .refine((o) => o.minDays <= o.meetingsPerWeek, { path: ["minDays"], message: "cannot exceed the meetings per week" });

export type TOfferingInput = z.output<typeof ZOfferingInputSchema>;
