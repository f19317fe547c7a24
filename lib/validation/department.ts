import { z } from "zod";
import { code, recordId, requiredText } from "./fields";

export const ZDepartmentInputSchema = z.object({
  id: recordId,
  code: code(20),
  name: requiredText(120),
});

export type TDepartmentInput = z.output<typeof ZDepartmentInputSchema>;
