/**
 * Building blocks shared by every entity schema. Form inputs arrive as strings (and CSV cells are
 * always strings), so numeric and optional fields accept "" and "42" as well as real numbers: the
 * same schema then validates a form on the client, the server action, and a CSV row.
 */
import { z } from "zod";
import { ANY_CONTROL_CHARACTER, CONTROL_CHARACTER_EXCEPT_LINE_BREAKS } from "./control-characters";

/** "" and whitespace become undefined so that "required" and "optional" behave the same for strings and numbers. */
function blankToUndefined(value: unknown): unknown {
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

function toNumber(value: unknown): unknown {
  const v = blankToUndefined(value);
  return typeof v === "string" ? Number(v.trim()) : v;
}

const numberError = (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : "must be a number");

// Names end up in calendar lines, CSV cells and page titles: a line break or another control
// character there is never intended and can inject content, so one-line text refuses them all.
const NO_CONTROL_CHARACTERS = "must not contain line breaks or other control characters";
const NO_CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS = "must not contain control characters";

export type TextOptions = { multiline?: boolean };

function withoutControlCharacters(schema: z.ZodString, { multiline = false }: TextOptions) {
  return multiline
    ? schema.refine((v) => !CONTROL_CHARACTER_EXCEPT_LINE_BREAKS.test(v), NO_CONTROL_CHARACTERS_EXCEPT_LINE_BREAKS)
    : schema.refine((v) => !ANY_CONTROL_CHARACTER.test(v), NO_CONTROL_CHARACTERS);
}

export function requiredText(max = 120, options: TextOptions = {}) {
  return withoutControlCharacters(z.string({ error: "is required" }).trim().min(1, "is required").max(max, `must be at most ${max} characters`), options);
}

export function optionalText(max = 120, options: TextOptions = {}) {
  return z
    .preprocess(blankToUndefined, withoutControlCharacters(z.string().trim().max(max, `must be at most ${max} characters`), options).optional())
    .transform((v) => v ?? null);
}

/** Codes are keys in CSV files and URLs: no spaces, so "LH 101" and "LH101" cannot be confused. */
export function code(max = 40) {
  return requiredText(max).regex(/^[A-Za-z0-9._:/-]+$/, "may contain only letters, digits and . _ : / -");
}

export function intInRange(min: number, max: number) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: numberError })
      .int("must be a whole number")
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`),
  );
}

export function optionalIntInRange(min: number, max: number) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .optional(),
  ).transform((v) => v ?? null);
}

export function numberInRange(min: number, max: number) {
  return z.preprocess(toNumber, z.number({ error: numberError }).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A reference picked from a list: required id. */
export function requiredId(what: string) {
  return z.preprocess(blankToUndefined, z.string({ error: `choose a ${what}` }).min(1, `choose a ${what}`));
}

/** An optional reference: "" (the "none" option) becomes null. */
export function optionalId() {
  return z.preprocess(blankToUndefined, z.string().optional()).transform((v) => v ?? null);
}

/** Checkboxes send booleans; CSV cells send "true"/"yes"/"1". */
export const booleanField = z.preprocess((value) => {
  if (typeof value === "string") return ["true", "yes", "1", "y", "on"].includes(value.trim().toLowerCase());
  return value ?? false;
}, z.boolean());

export const ROOM_TYPES = ["LECTURE", "LAB", "SEMINAR"] as const;

export function roomTypeField() {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.enum(ROOM_TYPES, { error: `must be one of ${ROOM_TYPES.join(", ")}` }),
  );
}

export function optionalRoomTypeField() {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
    z.enum(ROOM_TYPES, { error: `must be one of ${ROOM_TYPES.join(", ")}` }).optional(),
  ).transform((v) => v ?? null);
}

export function emailField() {
  return z
    .string({ error: "is required" })
    .trim()
    .toLowerCase()
    .min(1, "is required")
    .pipe(z.email("must be an email address"));
}

/** A form's optional record id: absent or "" for a new record. */
export const recordId = optionalId();
