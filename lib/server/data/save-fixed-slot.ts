/**
 * Creates or updates a pinned meeting. The pin must fit its term: the offering belongs to the
 * term, the day is a working day, the period exists, the meeting number is within the offering's
 * meetings, and the room (if any) has the type the offering needs. Otherwise the field is named.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TFixedSlotInput } from "@/lib/validation/fixed-slot";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldInvalid, notFound } from "./data-errors";

export async function saveFixedSlot({ input, actorId }: { input: TFixedSlotInput; actorId: string }): Promise<{ id: string }> {
  const { id, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id: data.termId }, select: { workingDays: true, _count: { select: { periods: true } } } });
    if (!term) throw fieldInvalid("termId", "this term no longer exists");
    const offering = await tx.offering.findUnique({ where: { id: data.offeringId }, select: { termId: true, meetingsPerWeek: true, meetingLength: true, roomType: true, subject: { select: { roomType: true } } } });
    if (!offering || offering.termId !== data.termId) throw fieldInvalid("offeringId", "choose an offering of this term");
    if (!term.workingDays.includes(data.day)) throw fieldInvalid("day", "is not a working day of this term");
    if (data.period + offering.meetingLength > term._count.periods) throw fieldInvalid("period", `the meeting must end by the term's last period (${term._count.periods})`);
    if (data.meetingIndex !== null && data.meetingIndex >= offering.meetingsPerWeek) throw fieldInvalid("meetingIndex", `the offering has ${offering.meetingsPerWeek} meetings (0-${offering.meetingsPerWeek - 1})`);
    if (data.roomId) {
      const room = await tx.room.findUnique({ where: { id: data.roomId }, select: { type: true } });
      const needed = offering.roomType ?? offering.subject.roomType;
      if (!room) throw fieldInvalid("roomId", "this room no longer exists");
      if (room.type !== needed) throw fieldInvalid("roomId", `the offering needs a ${needed} room`);
    }
    if (!id) {
      const pin = await tx.fixedSlot.create({ data });
      await recordAudit(tx, { actorId, action: "create", entity: "FixedSlot", entityId: pin.id, after: pin });
      return { id: pin.id };
    }
    const before = await tx.fixedSlot.findUnique({ where: { id } });
    if (!before) throw notFound("Fixed slot");
    const after = await tx.fixedSlot.update({ where: { id }, data });
    await recordAudit(tx, { actorId, action: "update", entity: "FixedSlot", entityId: id, before, after });
    return { id };
  });
}
