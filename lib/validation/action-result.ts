/** What every data server action answers: the saved value, or a message and per-field errors. */
import type { FieldErrors } from "./field-errors";

export type ActionResult<T = { id: string }> = { ok: true; data: T } | { ok: false; error: string; fieldErrors: FieldErrors };
