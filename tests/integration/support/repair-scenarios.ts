/**
 * The change scenarios of issue 12, applied to a published tiny term in the database: each breaks
 * (or strains) the published timetable the way a real term change would.
 */
import { prisma } from "@/lib/db";
import { createRoom } from "@/prisma/seed/factories";
import { copyTimetable } from "@/lib/server/timetables/copy-timetable";
import { facultyOffForTheirBusiestDay, type PublishedTinyTerm } from "./published-timetable";

export type ScenarioName = "faculty-day-off" | "room-closed" | "new-offerings" | "batch-outgrows-room" | "pin-new-time";

/** Applies the scenario; returns the timetable to repair (the published one, or a draft for a pin). */
export async function applyScenario(name: ScenarioName, fx: PublishedTinyTerm): Promise<string> {
  const { tiny } = fx;
  switch (name) {
    case "faculty-day-off":
      await facultyOffForTheirBusiestDay(fx.timetableId, tiny.faculty[0].profile.id);
      return fx.timetableId;
    case "room-closed": {
      // The room of the lab meeting closes for the term; a second lab opens so the lab meeting has somewhere to go.
      const lab = await prisma.timetableEntry.findFirstOrThrow({ where: { timetableId: fx.timetableId, offeringId: tiny.offerings.labA.id }, select: { roomId: true } });
      const periods = await prisma.period.findMany({ where: { termId: fx.termId }, select: { index: true } });
      const cells = [1, 2, 3, 4, 5].flatMap((day) => periods.map((p) => ({ roomId: lab.roomId, day, period: p.index })));
      await prisma.roomUnavailability.createMany({ data: cells });
      const spare = await createRoom(prisma, { code: `LAB2-${fx.termId.slice(-8)}`, type: "LAB", capacity: 40 });
      await prisma.termRoom.create({ data: { termId: fx.termId, roomId: spare.id } });
      return fx.timetableId;
    }
    case "new-offerings": {
      for (const [i, batch] of [tiny.batches.a, tiny.batches.b, tiny.batches.b].entries()) {
        const subject = await prisma.subject.create({ data: { code: `EL${i}-${fx.termId.slice(-8)}`, name: `Elective ${i + 1}`, departmentId: tiny.department.id } });
        await prisma.offering.create({ data: { termId: fx.termId, subjectId: subject.id, facultyId: tiny.faculty[i].profile.id, meetingsPerWeek: 1, batches: { create: [{ batchId: batch.id }] } } });
      }
      return fx.timetableId;
    }
    case "batch-outgrows-room": {
      // Batch A grows past the lecture hall's 60 seats; a 120-seat hall is available.
      await prisma.batch.update({ where: { id: tiny.batches.a.id }, data: { size: 90 } });
      const big = await createRoom(prisma, { code: `BIG-${fx.termId.slice(-8)}`, capacity: 120 });
      await prisma.termRoom.create({ data: { termId: fx.termId, roomId: big.id } });
      return fx.timetableId;
    }
    case "pin-new-time": {
      // In a draft, the registrar pins the combined lecture onto the time of batch A's theory class.
      const { timetableId } = await copyTimetable({ timetableId: fx.timetableId });
      const theory = await prisma.timetableEntry.findFirstOrThrow({ where: { timetableId, offeringId: tiny.offerings.theoryA.id } });
      const combined = await prisma.timetableEntry.findFirstOrThrow({ where: { timetableId, offeringId: tiny.offerings.combined.id } });
      await prisma.timetableEntry.update({ where: { id: combined.id }, data: { day: theory.day, period: theory.period, pinnedTime: true } });
      return timetableId;
    }
  }
}
