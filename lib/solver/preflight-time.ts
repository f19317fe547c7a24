/**
 * Preflight checks about time: meetings longer than any break-free stretch, offerings with too few
 * open start times once unavailability is applied, and pinned meetings that cannot all hold.
 */
import { dayLabel, longestBreakFreeRun, meetingFitsInDay, slotLabel, slotOf, type EvalContext } from "./evaluate-context";
import { resolveFixedSlots, type PinnedTime, type ResolvedPin } from "./fixed-slots";
import { blocker } from "./blocker";
import type { Blocker, SolverOffering } from "./types";

export function meetingLengthBlockers(ctx: EvalContext): Blocker[] {
  const longest = longestBreakFreeRun(ctx.input);
  return ctx.input.offerings
    .filter((o) => o.length > longest)
    .map((o) =>
      blocker("meetingTooLong", `${o.name} meetings last ${o.length} periods; the longest stretch without a break is ${longest}`, {
        offeringIds: [o.id],
      }),
    );
}

/**
 * Whether a meeting of `offering` may start at (day, period) ignoring other meetings: inside the
 * day, no break, offering and teacher available, and some room of the right type free throughout.
 */
function canStartAt(ctx: EvalContext, offering: SolverOffering, day: number, period: number): boolean {
  const { input } = ctx;
  if (!meetingFitsInDay(input, period, offering.length)) return false;
  const faculty = offering.facultyId === null ? undefined : ctx.facultyById.get(offering.facultyId);
  const slots = Array.from({ length: offering.length }, (_, i) => slotOf(input, day, period + i));
  if (slots.some((s) => offering.unavailable.includes(s) || faculty?.unavailable.includes(s))) return false;
  return input.rooms.some(
    (r) => (offering.roomType === null || r.type === offering.roomType) && slots.every((s) => !r.unavailable.includes(s)),
  );
}

/** Most meetings of `offering` that fit without overlapping each other: greedy earliest start per day is optimal for equal lengths. */
export function openMeetingTimes(ctx: EvalContext, offering: SolverOffering): number {
  let count = 0;
  for (let day = 0; day < ctx.input.days; day++) {
    let period = 0;
    while (period < ctx.input.periodsPerDay) {
      if (canStartAt(ctx, offering, day, period)) {
        count++;
        period += offering.length;
      } else {
        period++;
      }
    }
  }
  return count;
}

export function openSlotBlockers(ctx: EvalContext): Blocker[] {
  const longest = longestBreakFreeRun(ctx.input);
  const out: Blocker[] = [];
  for (const offering of ctx.input.offerings) {
    if (offering.meetings === 0 || offering.length > longest) continue; // too long is its own blocker
    if (offering.roomType !== null && !ctx.input.rooms.some((r) => r.type === offering.roomType)) continue; // noRoomOfType
    const open = openMeetingTimes(ctx, offering);
    if (open >= offering.meetings) continue;
    const ids = { offeringIds: [offering.id], facultyIds: offering.facultyId ? [offering.facultyId] : [] };
    const message =
      open === 0
        ? `${offering.name} has no possible time: every start is blocked by the unavailability of the offering, its teacher or the suitable rooms`
        : `${offering.name} meets ${offering.meetings} times a week but only ${open} non-overlapping times are open once unavailability is applied`;
    out.push(blocker("noFeasibleSlot", message, ids));
  }
  return out;
}

export function fixedSlotBlockers(ctx: EvalContext): Blocker[] {
  const { input } = ctx;
  const out: Blocker[] = [];
  const resolved = resolveFixedSlots(input);
  for (const { pin, reason } of resolved.unmatched) {
    const name = ctx.offeringById.get(pin.offeringId)?.name ?? `unknown offering "${pin.offeringId}"`;
    out.push(blocker("fixedSlotInvalid", `A pinned meeting of ${name} cannot be applied: ${reason}`, { offeringIds: [pin.offeringId] }));
  }

  const usable: TimePin[] = [];
  for (const pin of resolved.pins) {
    const offering = ctx.offeringById.get(pin.offeringId)!;
    const ids = { offeringIds: [offering.id], roomIds: pin.roomId ? [pin.roomId] : [] };
    const time = pin.time;
    const fits = time === null || (Number.isInteger(time.day) && time.day >= 0 && time.day < input.days && meetingFitsInDay(input, time.period, offering.length));
    if (time !== null && !fits) {
      out.push(blocker("fixedSlotInvalid", `${offering.name} is pinned to day ${time.day} period ${time.period}, where a ${offering.length}-period meeting does not fit`, ids));
      continue;
    }
    const room = pin.roomId === null ? undefined : ctx.roomById.get(pin.roomId);
    if (pin.roomId !== null && !room) {
      out.push(blocker("fixedSlotInvalid", `${offering.name} is pinned to unknown room "${pin.roomId}"`, ids));
    } else if (room && offering.roomType !== null && room.type !== offering.roomType) {
      out.push(blocker("fixedSlotRoomType", `${offering.name} is pinned to ${room.name}, a ${room.type} room, but needs a ${offering.roomType} room`, ids));
    }
    // A room-only pin has no time to check against unavailability or other pins.
    if (time === null) continue;
    const where = slotLabel(input, time.day, time.period);
    const slots = Array.from({ length: offering.length }, (_, i) => slotOf(input, time.day, time.period + i));
    const faculty = offering.facultyId === null ? undefined : ctx.facultyById.get(offering.facultyId);
    const unavailable: string[] = [];
    if (slots.some((s) => offering.unavailable.includes(s))) unavailable.push(`${offering.name} itself`);
    if (faculty && slots.some((s) => faculty.unavailable.includes(s))) unavailable.push(faculty.name);
    if (room && slots.some((s) => room.unavailable.includes(s))) unavailable.push(room.name);
    if (unavailable.length > 0) {
      out.push(
        blocker("fixedSlotUnavailable", `${offering.name} is pinned to ${where}, when ${unavailable.join(" and ")} ${unavailable.length > 1 ? "are" : "is"} unavailable`, {
          ...ids,
          facultyIds: faculty && unavailable.includes(faculty.name) ? [faculty.id] : [],
        }),
      );
    }
    usable.push({ ...pin, time });
  }
  out.push(...pinClashBlockers(ctx, usable));
  return out;
}

type TimePin = ResolvedPin & { time: PinnedTime };

/** Two pins at overlapping times that share a teacher, a group, a pinned room or the offering itself. */
function pinClashBlockers(ctx: EvalContext, pins: TimePin[]): Blocker[] {
  const out: Blocker[] = [];
  for (let i = 0; i < pins.length; i++) {
    for (let j = i + 1; j < pins.length; j++) {
      const a = pins[i];
      const b = pins[j];
      const oa = ctx.offeringById.get(a.offeringId)!;
      const ob = ctx.offeringById.get(b.offeringId)!;
      const [ta, tb] = [a.time, b.time];
      const overlap = ta.day === tb.day && ta.period < tb.period + ob.length && tb.period < ta.period + oa.length;
      if (!overlap) continue;
      const reasons: string[] = [];
      const groupIds: string[] = [];
      if (oa.id === ob.id) reasons.push("they are the same offering");
      if (oa.facultyId !== null && oa.facultyId === ob.facultyId) {
        reasons.push(`both are taught by ${ctx.facultyById.get(oa.facultyId)?.name ?? oa.facultyId}`);
      }
      const groupsA = new Set((ctx.groupsOfOffering.get(oa.id) ?? []).map((g) => g.id));
      for (const g of ctx.groupsOfOffering.get(ob.id) ?? []) {
        if (oa.id !== ob.id && groupsA.has(g.id)) {
          reasons.push(`${g.name} attends both`);
          groupIds.push(g.id);
        }
      }
      if (a.roomId !== null && a.roomId === b.roomId) reasons.push(`both are pinned to ${ctx.roomById.get(a.roomId)?.name ?? a.roomId}`);
      if (reasons.length === 0) continue;
      const when = `${dayLabel(ctx.input, ta.day)} (${slotLabel(ctx.input, ta.day, ta.period)} and ${slotLabel(ctx.input, tb.day, tb.period)})`;
      out.push(
        blocker("fixedSlotClash", `${oa.name} and ${ob.name} are pinned to overlapping times on ${when} but ${reasons.join(", ")}`, {
          offeringIds: [...new Set([oa.id, ob.id])],
          facultyIds: oa.facultyId !== null && oa.facultyId === ob.facultyId ? [oa.facultyId] : [],
          groupIds,
          roomIds: a.roomId !== null && a.roomId === b.roomId ? [a.roomId] : [],
        }),
      );
    }
  }
  return out;
}
