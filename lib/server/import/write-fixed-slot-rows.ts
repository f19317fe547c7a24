/**
 * Fixed-slot rows. A numbered meeting has one pin: re-importing moves it (day, period, room). An
 * unnumbered pin is identified by its day and period: re-importing it only updates its room.
 */
import "server-only";
import type { RowWriter } from "./import-types";
import { matchFixedSlots } from "./match-fixed-slots";
import { isRowProblem } from "./match-offering";

export const writeFixedSlotRows: RowWriter<"fixed-slots"> = async (tx, rows) => {
  let created = 0;
  let updated = 0;
  for (const pin of await matchFixedSlots(tx, rows)) {
    // The preview in this same transaction checked every row; a problem here is a bug.
    if (isRowProblem(pin)) throw new Error(`fixed slot row not checked before writing: ${pin.message}`);
    const existing = await tx.fixedSlot.findFirst({
      where:
        pin.meetingIndex !== null
          ? { offeringId: pin.offeringId, meetingIndex: pin.meetingIndex }
          : { offeringId: pin.offeringId, meetingIndex: null, day: pin.day, period: pin.period },
      select: { id: true },
    });
    if (existing) {
      await tx.fixedSlot.update({ where: { id: existing.id }, data: { day: pin.day, period: pin.period, roomId: pin.roomId } });
      updated++;
    } else {
      await tx.fixedSlot.create({ data: pin });
      created++;
    }
  }
  return { created, updated };
};
