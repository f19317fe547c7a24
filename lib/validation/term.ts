/**
 * A term and its weekly grid. Periods are typed one per line ("09:00-09:50") because that is how a
 * registrar reads a bell schedule; they must be in order and must not overlap (a gap is a break).
 */
import { z } from "zod";
import { optionalId, recordId, requiredText } from "./fields";

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const ZPeriodLinesSchema = z.string({ error: "is required" }).transform((text, ctx) => {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0) {
    ctx.addIssue({ code: "custom", message: "list at least one period" });
    return z.NEVER;
  }
  if (lines.length > 16) {
    ctx.addIssue({ code: "custom", message: "at most 16 periods a day" });
    return z.NEVER;
  }
  const periods: { startTime: string; endTime: string }[] = [];
  for (const [i, line] of lines.entries()) {
    const match = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]\d|2[0-3]):([0-5]\d)$/.exec(line);
    if (!match) {
      ctx.addIssue({ code: "custom", message: `line ${i + 1}: write it as HH:MM-HH:MM` });
      return z.NEVER;
    }
    const startTime = `${match[1]}:${match[2]}`;
    const endTime = `${match[3]}:${match[4]}`;
    if (minutes(endTime) <= minutes(startTime)) {
      ctx.addIssue({ code: "custom", message: `line ${i + 1}: ends before it starts` });
      return z.NEVER;
    }
    const previous = periods[periods.length - 1];
    if (previous && minutes(startTime) < minutes(previous.endTime)) {
      ctx.addIssue({ code: "custom", message: `line ${i + 1}: starts before the previous period ends` });
      return z.NEVER;
    }
    periods.push({ startTime, endTime });
  }
  return periods;
});

const isoDate = z
  .string({ error: "is required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .transform((v) => new Date(`${v}T00:00:00.000Z`))
  .refine((d) => !Number.isNaN(d.getTime()), "must be a real date");

const timezone = requiredText(64).refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone, e.g. Asia/Kolkata");

export const ZTermInputSchema = z
  .object({
    id: recordId,
    name: requiredText(120),
    academicYear: requiredText(20),
    semester: requiredText(40),
    firstDay: isoDate,
    lastDay: isoDate,
    timezone,
    workingDays: z
      .array(z.coerce.number().int().min(1).max(7))
      .min(1, "choose at least one working day")
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    periods: ZPeriodLinesSchema,
    weightProfileId: optionalId(),
    // The rooms the term may use (TermRoom); empty = every room. Left out = keep the current list,
    // so a caller that does not know about rooms never widens an imported term to every room.
    roomIds: z
      .array(z.string().min(1))
      .max(5000)
      .optional()
      .transform((ids) => (ids === undefined ? undefined : [...new Set(ids)])),
  })
  .refine((t) => t.lastDay >= t.firstDay, { path: ["lastDay"], message: "must be on or after the first day" });

export type TTermInput = z.output<typeof ZTermInputSchema>;

/** Periods as the form's text: one "HH:MM-HH:MM" per line. */
export function periodLines(periods: { startTime: string; endTime: string }[]): string {
  return periods.map((p) => `${p.startTime}-${p.endTime}`).join("\n");
}
