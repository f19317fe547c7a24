/** Cell rules several CSV entities share, on top of the form field rules in lib/validation/fields.ts. */
import { z } from "zod";
import { code } from "@/lib/validation/fields";

const blankAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const optionalCode = z.preprocess(blankAsMissing, code(40).optional()).transform((v) => v ?? null);

/** "CSE-3A; CSE-3B" or "CSE-3A CSE-3B": batch lists fit in one cell. */
export const codeList = z
  .string()
  .transform((v) => [...new Set(v.split(/[;,\s]+/).filter((s) => s.length > 0))])
  .pipe(z.array(code(40)).min(1, "list at least one batch code"));

/** A batch list that may be left empty (then []). */
export const optionalCodeList = z.preprocess(blankAsMissing, codeList.optional()).transform((v) => v ?? []);

const DAY_NUMBERS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** "Mon", "monday" or "1" (ISO weekday, 1 = Monday) -> 1. */
export const isoDayCell = z
  .string({ error: "is required" })
  .trim()
  .transform((v, ctx) => {
    const lower = v.toLowerCase();
    const day = /^[1-7]$/.test(lower) ? Number(lower) : DAY_NUMBERS[lower.slice(0, 3)];
    if (day === undefined || (lower.length > 3 && !/^(mon|tues|wednes|thurs|fri|satur|sun)day$/.test(lower))) {
      ctx.addIssue({ code: "custom", message: "must be a weekday: Mon, Tue, ... or 1-7" });
      return z.NEVER;
    }
    return day;
  });

/** "9:00" or "09:00" -> "09:00", the form Period.startTime is stored in. */
export const timeOfDayCell = z
  .string({ error: "is required" })
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "must be a time like 09:00")
  .transform((v) => v.padStart(5, "0"));
