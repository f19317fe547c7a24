/**
 * explainHardViolations(): one Blocker per hard violation left in a timetable, naming the people,
 * groups, rooms and times involved ("Dr Rao has 2 classes at Tue 11:00: CS301, CS302"). evaluate()
 * counts; this says what to look at. solve() can return these as blockers when the search ends with
 * hard > 0 and the counting checks (preflight) found nothing to blame.
 *
 * One explanation per clashing slot (not per extra occupant), so the list is shorter than the count.
 */
import { blocker } from "./blocker";
import { buildContext, dayLabel, pushTo, slotLabel, splitPlacements, type EvalContext, type PlacedMeeting } from "./evaluate-context";
import { keepsPin, resolveFixedSlots } from "./fixed-slots";
import { hardPhrase, pinnedWhere } from "./hard-messages";
import type { Blocker, Placement, SolverInput } from "./types";

export function explainHardViolations(input: SolverInput, placements: Placement[]): Blocker[] {
  const ctx = buildContext(input);
  const { valid, invalid } = splitPlacements(ctx, placements);
  return [
    ...explainUnplaced(ctx, valid, invalid),
    ...explainClashes(ctx, valid),
    ...explainPerMeeting(ctx, valid),
    ...explainPins(ctx, valid),
    ...explainFacultyLimits(ctx, valid),
  ];
}

const names = (meetings: PlacedMeeting[]) => [...new Set(meetings.map((m) => m.offering.name))].join(", ");
const ids = (meetings: PlacedMeeting[]) => [...new Set(meetings.map((m) => m.offering.id))];

function explainUnplaced(ctx: EvalContext, valid: PlacedMeeting[], invalid: Placement[]): Blocker[] {
  const out: Blocker[] = [];
  for (const offering of ctx.input.offerings) {
    const placed = valid.filter((m) => m.offering.id === offering.id).length;
    if (placed < offering.meetings) {
      out.push(blocker("unplaced", `${offering.name} has ${offering.meetings - placed} of ${offering.meetings} weekly meetings unplaced`, { offeringIds: [offering.id] }));
    }
  }
  for (const p of invalid) {
    const name = ctx.offeringById.get(p.offeringId)?.name ?? `unknown offering "${p.offeringId}"`;
    out.push(
      blocker("unplaced", `A placement of ${name} (meeting ${p.meetingIndex}, day ${p.day} period ${p.period}, room "${p.roomId}") is not a valid meeting`, {
        offeringIds: ctx.offeringById.has(p.offeringId) ? [p.offeringId] : [],
      }),
    );
  }
  return out;
}

/** Meetings sharing a teacher, a group or a room in the same slot. */
function explainClashes(ctx: EvalContext, valid: PlacedMeeting[]): Blocker[] {
  const { input } = ctx;
  const bySlot = { faculty: new Map<string, PlacedMeeting[]>(), group: new Map<string, PlacedMeeting[]>(), room: new Map<string, PlacedMeeting[]>() };
  for (const m of valid) {
    for (const period of m.periods) {
      const at = `${m.placement.day}:${period}`;
      if (m.offering.facultyId !== null && ctx.facultyById.has(m.offering.facultyId)) pushTo(bySlot.faculty, `${m.offering.facultyId}@${at}`, m);
      for (const g of ctx.groupsOfOffering.get(m.offering.id) ?? []) pushTo(bySlot.group, `${g.id}@${at}`, m);
      pushTo(bySlot.room, `${m.room.id}@${at}`, m);
    }
  }
  const out: Blocker[] = [];
  const each = (map: Map<string, PlacedMeeting[]>, explain: (id: string, day: number, period: number, ms: PlacedMeeting[]) => Blocker) => {
    for (const [key, meetings] of map) {
      if (meetings.length < 2) continue;
      const [id, at] = [key.slice(0, key.lastIndexOf("@")), key.slice(key.lastIndexOf("@") + 1)];
      const [day, period] = at.split(":").map(Number);
      out.push(explain(id, day, period, meetings));
    }
  };
  each(bySlot.faculty, (id, day, period, ms) =>
    blocker("facultyClash", `${ctx.facultyById.get(id)!.name} has ${ms.length} classes at ${slotLabel(input, day, period)}: ${names(ms)}`, { facultyIds: [id], offeringIds: ids(ms) }),
  );
  each(bySlot.group, (id, day, period, ms) =>
    blocker("groupClash", `${ctx.groupById.get(id)!.name} has ${ms.length} classes at ${slotLabel(input, day, period)}: ${names(ms)}`, { groupIds: [id], offeringIds: ids(ms) }),
  );
  each(bySlot.room, (id, day, period, ms) =>
    blocker("roomClash", `${ctx.roomById.get(id)!.name} holds ${ms.length} classes at ${slotLabel(input, day, period)}: ${names(ms)}`, { roomIds: [id], offeringIds: ids(ms) }),
  );
  return out;
}

/** Room type and unavailability of the teacher, the room or the offering itself. */
function explainPerMeeting(ctx: EvalContext, valid: PlacedMeeting[]): Blocker[] {
  const { input } = ctx;
  const out: Blocker[] = [];
  for (const m of valid) {
    const { offering, room, placement } = m;
    const when = slotLabel(input, placement.day, placement.period);
    const base = { offeringIds: [offering.id], roomIds: [room.id] };
    const about = (phrase: string) => `${offering.name} on ${when}: ${phrase}`;
    if (offering.roomType !== null && room.type !== offering.roomType) {
      out.push(blocker("roomType", about(hardPhrase.roomType(room.name, room.type, offering.roomType)), base));
    }
    const slots = m.periods.map((p) => placement.day * input.periodsPerDay + p);
    const faculty = offering.facultyId === null ? undefined : ctx.facultyById.get(offering.facultyId);
    if (faculty && slots.some((s) => faculty.unavailable.includes(s))) {
      out.push(blocker("facultyUnavailable", about(hardPhrase.facultyUnavailable(faculty.name, when)), { ...base, facultyIds: [faculty.id] }));
    }
    if (slots.some((s) => room.unavailable.includes(s))) {
      out.push(blocker("roomUnavailable", about(hardPhrase.roomClosed(room.name, when)), base));
    }
    if (slots.some((s) => offering.unavailable.includes(s))) {
      out.push(blocker("offeringUnavailable", about(hardPhrase.offeringUnavailable(offering.name, when)), base));
    }
  }
  return out;
}

function explainPins(ctx: EvalContext, valid: PlacedMeeting[]): Blocker[] {
  const { input } = ctx;
  const placedAt = new Map(valid.map((m) => [`${m.offering.id}#${m.placement.meetingIndex}`, m]));
  const out: Blocker[] = [];
  for (const pin of resolveFixedSlots(input).pins) {
    const m = placedAt.get(`${pin.offeringId}#${pin.meetingIndex}`);
    if (!m) continue; // reported as unplaced
    if (keepsPin(pin, m.placement.day, m.placement.period, m.room.id)) continue;
    const pinnedTo = pinnedWhere(
      pin.time === null ? null : slotLabel(input, pin.time.day, pin.time.period),
      pin.roomId === null ? null : (ctx.roomById.get(pin.roomId)?.name ?? pin.roomId),
    );
    out.push(
      blocker(
        "fixedSlot",
        `${hardPhrase.pinned(m.offering.name, pinnedTo)} but placed on ${slotLabel(input, m.placement.day, m.placement.period)} in ${m.room.name}`,
        { offeringIds: [m.offering.id], roomIds: [m.room.id] },
      ),
    );
  }
  return out;
}

function explainFacultyLimits(ctx: EvalContext, valid: PlacedMeeting[]): Blocker[] {
  const { input } = ctx;
  const out: Blocker[] = [];
  for (const faculty of input.faculty) {
    const meetings = valid.filter((m) => m.offering.facultyId === faculty.id);
    const about = { facultyIds: [faculty.id], offeringIds: ids(meetings) };
    if (faculty.maxPeriodsPerDay !== undefined) {
      for (let day = 0; day < input.days; day++) {
        const load = meetings.filter((m) => m.placement.day === day).reduce((sum, m) => sum + m.placement.length, 0);
        if (load > faculty.maxPeriodsPerDay) {
          out.push(blocker("facultyMaxPerDay", hardPhrase.dayLimit(faculty.name, load, dayLabel(input, day), faculty.maxPeriodsPerDay), about));
        }
      }
    }
    const week = meetings.reduce((sum, m) => sum + m.placement.length, 0);
    if (faculty.maxPeriodsPerWeek !== undefined && week > faculty.maxPeriodsPerWeek) {
      out.push(blocker("facultyMaxPerWeek", hardPhrase.weekLimit(faculty.name, week, faculty.maxPeriodsPerWeek), about));
    }
  }
  return out;
}
