/**
 * Faculty and room availability, and the registrar's pinned meetings, all drawn from the planted
 * timetable: an unavailable slot is only ever one the planted timetable leaves free, and a pin is
 * always where the planted timetable put the meeting. So none of them can make the data unsolvable.
 */
import { WORKING_DAYS } from "./catalog";
import type { DemoFacultyProfile, DemoFacultySlot, DemoFixedSlot, DemoRoom, DemoRoomUnavailability } from "./demo-types";
import type { PlantedMeeting, Planter } from "./planter";
import type { Rng } from "./rng";
import type { OfferingPlan } from "./structure";

interface SlotPattern {
  /** Day indices into the working days. */
  days: number[];
  periods: number[];
}

const MORNING = [0, 1, 2, 3];
const AFTERNOON = [4, 5, 6, 7];
const ALL_DAYS = [0, 1, 2, 3, 4, 5];

/** Typical reasons a teacher cannot teach: a standing committee, research day, a second campus. */
const UNAVAILABLE_PATTERNS: readonly SlotPattern[] = [
  { days: [0], periods: MORNING }, // Monday morning: department meeting
  { days: [2], periods: AFTERNOON }, // Wednesday afternoon: research
  { days: [4], periods: AFTERNOON }, // Friday afternoon
  { days: [5], periods: [...MORNING, ...AFTERNOON] }, // no Saturdays
  { days: [1, 3], periods: [0, 1] }, // Tuesday and Thursday early: school run
];
const PREFERRED_PATTERNS: readonly SlotPattern[] = [
  { days: ALL_DAYS, periods: MORNING },
  { days: ALL_DAYS, periods: AFTERNOON },
  { days: [0, 1, 2, 3, 4], periods: [2, 3, 4, 5] },
];

function slotsOf(pattern: SlotPattern): { dayIndex: number; period: number }[] {
  return pattern.days.flatMap((dayIndex) => pattern.periods.map((period) => ({ dayIndex, period })));
}

export function buildFacultySlots(rng: Rng, planter: Planter, faculty: DemoFacultyProfile[]): DemoFacultySlot[] {
  const rows: DemoFacultySlot[] = [];
  for (const f of faculty) {
    const unavailable = new Set<string>();
    if (rng.chance(0.35)) {
      for (const { dayIndex, period } of slotsOf(rng.pick(UNAVAILABLE_PATTERNS))) {
        if (!planter.isFree(`f:${f.id}`, dayIndex, period)) continue;
        unavailable.add(`${dayIndex}:${period}`);
        rows.push({ id: rng.id(), facultyId: f.id, day: WORKING_DAYS[dayIndex], period, preference: "UNAVAILABLE" });
      }
    }
    if (rng.chance(0.2)) {
      for (const { dayIndex, period } of slotsOf(rng.pick(PREFERRED_PATTERNS))) {
        if (unavailable.has(`${dayIndex}:${period}`)) continue;
        rows.push({ id: rng.id(), facultyId: f.id, day: WORKING_DAYS[dayIndex], period, preference: "PREFERRED" });
      }
    }
  }
  return rows;
}

/** A few rooms are closed at times (maintenance, exams, department events). */
const ROOM_CLOSURES: readonly { code: string; pattern: SlotPattern }[] = [
  { code: "LH-101", pattern: { days: [5], periods: AFTERNOON } },
  { code: "CSE-LAB1", pattern: { days: [2], periods: MORNING } },
  { code: "SR-1", pattern: { days: [4], periods: AFTERNOON } },
  { code: "ME-LAB3", pattern: { days: [0], periods: [0, 1] } },
];

export function buildRoomUnavailability(rng: Rng, planter: Planter, rooms: DemoRoom[]): DemoRoomUnavailability[] {
  const rows: DemoRoomUnavailability[] = [];
  for (const closure of ROOM_CLOSURES) {
    const room = rooms.find((r) => r.code === closure.code);
    if (!room) throw new Error(`room ${closure.code} is not in the catalog`);
    for (const { dayIndex, period } of slotsOf(closure.pattern)) {
      if (planter.isFree(`r:${room.id}`, dayIndex, period)) rows.push({ id: rng.id(), roomId: room.id, day: WORKING_DAYS[dayIndex], period });
    }
  }
  return rows;
}

/** Technical seminars of CSE and ECE are pinned with their room; each combined EV101 lecture's first meeting without one. */
export function buildFixedSlots(
  rng: Rng, termId: string, plans: OfferingPlan[], meetingsOf: Map<string, PlantedMeeting[]>, departmentCode: Map<string, string>,
): DemoFixedSlot[] {
  const rows: DemoFixedSlot[] = [];
  for (const plan of plans) {
    const code = departmentCode.get(plan.studentDepartmentId);
    const seminar = plan.course.kind === "seminar" && (code === "CSE" || code === "ECE");
    const combinedEvs = plan.course.code === "EV101" && plan.batchIds.length > 1;
    if (!seminar && !combinedEvs) continue;
    const meeting = meetingsOf.get(plan.offering.id)?.find((m) => m.meetingIndex === 0);
    if (!meeting) throw new Error(`no planted meeting to pin for ${plan.course.code}`);
    rows.push({
      id: rng.id(),
      termId,
      offeringId: plan.offering.id,
      meetingIndex: 0,
      day: WORKING_DAYS[meeting.dayIndex],
      period: meeting.period,
      roomId: seminar ? meeting.roomId : null,
    });
  }
  return rows;
}
