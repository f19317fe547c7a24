// The one check every parsed request body and server-action input passes before any schema or
// query sees it (see lib/validation/control-characters.ts for why).
import { AppError } from "@/lib/domain/app-error";
import { findInputProblem } from "@/lib/validation/control-characters";

/** Throws a 422 AppError naming the field when the input holds a control character or nests too deep. */
export function assertCleanInput(value: unknown, what = "input"): void {
  const problem = findInputProblem(value);
  if (!problem) return;
  throw new AppError("UNPROCESSABLE", `${problem.path || what}: ${problem.message}`, [problem]);
}
