import { z } from "zod";
import { code, intInRange, recordId, requiredId } from "./fields";

export const ZBatchInputSchema = z.object({
  id: recordId,
  code: code(40),
  departmentId: requiredId("department"),
  semesterNumber: intInRange(1, 20),
  size: intInRange(0, 5000),
});

export type TBatchInput = z.output<typeof ZBatchInputSchema>;
