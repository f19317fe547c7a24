/**
 * Rows that name an existing offering rather than create one: a student's extra offering and a
 * pinned meeting. The offering is named by term and subject, plus its batches when the subject is
 * offered more than once that term; lib/server/import/match-offering.ts finds it.
 */
import { z } from "zod";
import { code, emailField, optionalIntInRange, requiredText } from "@/lib/validation/fields";
import { isoDayCell, optionalCode, optionalCodeList, timeOfDayCell } from "./csv-cells";

const offeringReference = {
  term: requiredText(120),
  subject_code: code(40),
  batch_codes: optionalCodeList,
};

/** A student taking an offering beyond their batch's own (an elective of another semester, say). */
export const extraOfferingRow = z.object({ student_email: emailField(), ...offeringReference });

/**
 * A meeting pinned to a day and a period (given by its start time), optionally in a room. `meeting`
 * (1-based) says which of the offering's meetings; blank lets the generator pin whichever is next.
 */
export const fixedSlotRow = z.object({
  ...offeringReference,
  meeting: optionalIntInRange(1, 20),
  day: isoDayCell,
  start_time: timeOfDayCell,
  room_code: optionalCode,
});

export type ExtraOfferingCsvRow = z.output<typeof extraOfferingRow>;
export type FixedSlotCsvRow = z.output<typeof fixedSlotRow>;
export type OfferingReferenceCells = Pick<ExtraOfferingCsvRow, "term" | "subject_code" | "batch_codes">;
