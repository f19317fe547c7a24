/**
 * Turns each fixed-slots CSV row into a pin, with the checks of the fixed-slot form
 * (lib/server/data/save-fixed-slot.ts) named by CSV column: the offering exists in the term
 * (match-offering.ts), the meeting number is within its meetings, the day is a working day, a
 * period starts at start_time and the meeting ends by the term's last period, and the room has the
 * type the offering needs.
 */
import "server-only";
import type { FixedSlot, Prisma } from "@/lib/generated/prisma/client";
import type { FixedSlotCsvRow } from "@/lib/formats/csv/csv-entity-specs";
import { isoDayName } from "@/lib/domain/day-names";
import { isRowProblem, loadOfferingCandidates, pickOffering, type RowProblem } from "./match-offering";

/** A FixedSlot row ready to write. */
export type MatchedPin = Omit<FixedSlot, "id">;

export async function matchFixedSlots(tx: Prisma.TransactionClient, rows: FixedSlotCsvRow[]): Promise<(MatchedPin | RowProblem)[]> {
  const terms = new Map(
    (
      await tx.term.findMany({
        where: { name: { in: [...new Set(rows.map((r) => r.term))] } },
        select: { id: true, name: true, workingDays: true, periods: { select: { index: true, startTime: true }, orderBy: { index: "asc" } } },
      })
    ).map((t) => [t.name, t]),
  );
  const roomCodes = [...new Set(rows.flatMap((r) => (r.room_code ? [r.room_code] : [])))];
  const rooms = new Map((await tx.room.findMany({ where: { code: { in: roomCodes } }, select: { id: true, code: true, type: true } })).map((r) => [r.code, r]));
  const candidates = await loadOfferingCandidates(tx, rows);

  return rows.map((r): MatchedPin | RowProblem => {
    const term = terms.get(r.term);
    if (!term) return { column: "term", message: `unknown term "${r.term}"` };
    const offering = pickOffering(candidates, r);
    if (isRowProblem(offering)) return offering;
    if (r.meeting !== null && r.meeting > offering.meetingsPerWeek) {
      return { column: "meeting", message: `${r.subject_code} meets ${offering.meetingsPerWeek} time(s) a week (1-${offering.meetingsPerWeek})` };
    }
    if (!term.workingDays.includes(r.day)) {
      return { column: "day", message: `${isoDayName(r.day)} is not a working day of ${r.term} (${term.workingDays.map(isoDayName).join(", ")})` };
    }
    const period = term.periods.find((p) => p.startTime === r.start_time);
    if (!period) {
      return { column: "start_time", message: `no period of ${r.term} starts at ${r.start_time}; periods start at ${term.periods.map((p) => p.startTime).join(", ")}` };
    }
    if (period.index + offering.meetingLength > term.periods.length) {
      return { column: "start_time", message: `a ${offering.meetingLength}-period meeting starting at ${r.start_time} would run past the term's last period` };
    }
    const room = r.room_code ? rooms.get(r.room_code) : undefined;
    if (r.room_code && !room) return { column: "room_code", message: `unknown room code "${r.room_code}"` };
    if (room && room.type !== offering.roomType) {
      return { column: "room_code", message: `${room.code} is a ${room.type} room; ${r.subject_code} needs a ${offering.roomType} room` };
    }
    return { termId: term.id, offeringId: offering.id, meetingIndex: r.meeting === null ? null : r.meeting - 1, day: r.day, period: period.index, roomId: room?.id ?? null };
  });
}
