import { z } from "zod";
import { code, intInRange, recordId, requiredId, requiredText, roomTypeField } from "./fields";

export const ZSubjectInputSchema = z.object({
  id: recordId,
  code: code(40),
  name: requiredText(160),
  departmentId: requiredId("department"),
  credits: intInRange(0, 40),
  roomType: roomTypeField(),
});

export type TSubjectInput = z.output<typeof ZSubjectInputSchema>;
