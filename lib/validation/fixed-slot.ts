import { z } from "zod";
import { intInRange, optionalId, optionalIntInRange, recordId, requiredId } from "./fields";

/** A meeting pinned to a day and period (and optionally a room). Day is an ISO weekday, period a 0-based index. */
export const ZFixedSlotInputSchema = z.object({
  id: recordId,
  termId: requiredId("term"),
  offeringId: requiredId("offering"),
  meetingIndex: optionalIntInRange(0, 19),
  day: intInRange(1, 7),
  period: intInRange(0, 15),
  roomId: optionalId(),
});

export type TFixedSlotInput = z.output<typeof ZFixedSlotInputSchema>;
