/** CSV rows of a term's calendar: non-teaching days (one day, or a range with a last day). */
import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";
import { addDays } from "@/lib/dates/iso-date";
import { MAX_RANGE_DAYS } from "@/lib/domain/non-teaching-days";

const isoDateCell = z.string().trim().pipe(z.iso.date({ error: "must be a date written YYYY-MM-DD" }));
const optionalIsoDateCell = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), isoDateCell.optional());

export const nonTeachingDayRow = z
  .object({ term: requiredText(120), first_day: isoDateCell, last_day: optionalIsoDateCell, label: requiredText(80) })
  .transform((r) => ({ ...r, last_day: r.last_day ?? r.first_day }))
  .superRefine((r, ctx) => {
    if (r.last_day < r.first_day) ctx.addIssue({ code: "custom", path: ["last_day"], message: "is before first_day" });
    else if (r.last_day > addDays(r.first_day, MAX_RANGE_DAYS - 1)) ctx.addIssue({ code: "custom", path: ["last_day"], message: `a range is at most ${MAX_RANGE_DAYS} days` });
  });

export type NonTeachingDayCsvRow = z.output<typeof nonTeachingDayRow>;
