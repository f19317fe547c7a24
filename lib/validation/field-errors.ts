/**
 * Zod issues -> one message per field, for showing errors next to form fields. Shared by the client
 * (validating before submit) and the server (the action's answer), so both show the same text.
 */
import type { ZodError } from "zod";

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    // The first problem of a field is the one worth fixing first.
    if (!(path in out)) out[path] = issue.message;
  }
  return out;
}

/** The `{ path, message }[]` details of a 422 / AppError, in the same shape. */
export function fieldErrorsFromDetails(details: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (!Array.isArray(details)) return out;
  for (const item of details) {
    if (item && typeof item === "object" && typeof item.path === "string" && typeof item.message === "string") {
      const path = item.path || "_form";
      if (!(path in out)) out[path] = item.message;
    }
  }
  return out;
}
