import { z } from "zod";
import { code, intInRange, optionalId, recordId, requiredText, roomTypeField } from "./fields";

export const ZRoomInputSchema = z.object({
  id: recordId,
  code: code(40),
  building: requiredText(80),
  capacity: intInRange(1, 5000),
  type: roomTypeField(),
  departmentId: optionalId(),
});

export type TRoomInput = z.output<typeof ZRoomInputSchema>;
