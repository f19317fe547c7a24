/** A non-teaching day of a term, or a range of them, with its label ("Diwali", "Mid-term exams"). */
import { z } from "zod";
import { MAX_RANGE_DAYS } from "@/lib/domain/non-teaching-days";
import { addDays } from "@/lib/dates/iso-date";

const ZIsoDate = z.iso.date({ error: "must be a date (YYYY-MM-DD)" });

export const ZNonTeachingDayInputSchema = z
  .object({
    termId: z.string().min(1, "is required"),
    firstDay: ZIsoDate,
    // Empty: a single day.
    lastDay: z.union([z.literal(""), ZIsoDate]).optional(),
    label: z.string().trim().min(1, "is required").max(80, "at most 80 characters").regex(/^[^\u0000-\u001f\u007f]*$/, "may not hold control characters"),
  })
  .transform(({ lastDay, ...day }) => ({ ...day, lastDay: lastDay || day.firstDay }))
  .superRefine((day, ctx) => {
    if (day.lastDay < day.firstDay) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "is before the first day" });
    else if (day.lastDay > addDays(day.firstDay, MAX_RANGE_DAYS - 1)) ctx.addIssue({ code: "custom", path: ["lastDay"], message: `a range is at most ${MAX_RANGE_DAYS} days` });
  });

export type TNonTeachingDayInput = z.output<typeof ZNonTeachingDayInputSchema>;
