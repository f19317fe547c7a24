/** How a zod failure reads in messages: one line for people, and one entry per issue for forms. */
import type { ZodError } from "zod";

/** "variants: must be between 1 and 5"; several issues are joined with "; ". */
export function formatZodError(error: ZodError): string {
  return zodIssueDetails(error)
    .map(({ path, message }) => (path ? `${path}: ${message}` : message))
    .join("; ");
}

/** Each issue with its dotted path ("" for the whole value). */
export function zodIssueDetails(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
