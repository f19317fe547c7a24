/**
 * Soft constraints about single offerings, rooms and faculty (the group-shaped ones live in
 * evaluate-soft-groups.ts). Each violation carries its weighted cost; a constraint whose weight is
 * 0 is skipped entirely so it neither costs nor shows up in the UI.
 */
import { dayLabel, pushTo, slotLabel, slotOf, adjacentToNext, type EvalContext, type PlacedMeeting } from "./evaluate-context";
import type { SoftConstraint, SoftViolation } from "./types";

export function violation(
  constraint: SoftConstraint,
  cost: number,
  message: string,
  ids: Partial<Pick<SoftViolation, "offeringIds" | "facultyIds" | "groupIds" | "roomIds" | "day" | "period">>,
): SoftViolation {
  return {
    constraint,
    cost,
    message,
    offeringIds: ids.offeringIds ?? [],
    facultyIds: ids.facultyIds ?? [],
    groupIds: ids.groupIds ?? [],
    roomIds: ids.roomIds ?? [],
    ...(ids.day !== undefined ? { day: ids.day } : {}),
    ...(ids.period !== undefined ? { period: ids.period } : {}),
  };
}

export function softOfferingViolations(ctx: EvalContext, valid: PlacedMeeting[]): SoftViolation[] {
  const { input } = ctx;
  const w = input.weights;
  const out: SoftViolation[] = [];
  const where = (m: PlacedMeeting) => slotLabel(input, m.placement.day, m.placement.period);
  const at = (m: PlacedMeeting) => ({ day: m.placement.day, period: m.placement.period });

  if (w.roomCapacity > 0) {
    for (const m of valid) {
      const over = m.offering.size - m.room.capacity;
      if (over <= 0) continue;
      out.push(
        violation(
          "roomCapacity",
          w.roomCapacity * over,
          `${m.offering.name} (${m.offering.size} students) is in ${m.room.name} with ${m.room.capacity} seats on ${where(m)}: ${over} over`,
          { offeringIds: [m.offering.id], roomIds: [m.room.id], ...at(m) },
        ),
      );
    }
  }

  const meetingsOf = new Map<string, PlacedMeeting[]>();
  for (const m of valid) pushTo(meetingsOf, m.offering.id, m);

  for (const offering of input.offerings) {
    const meetings = meetingsOf.get(offering.id) ?? [];
    if (w.minDays > 0) {
      const days = new Set(meetings.map((m) => m.placement.day)).size;
      const short = offering.minDays - days;
      if (short > 0) {
        out.push(
          violation("minDays", w.minDays * short, `${offering.name} meets on ${days} day(s); it should spread over at least ${offering.minDays}`, {
            offeringIds: [offering.id],
          }),
        );
      }
    }
    if (w.roomStability > 0) {
      const roomIds = [...new Set(meetings.map((m) => m.room.id))];
      if (roomIds.length > 1) {
        const names = roomIds.map((id) => ctx.roomById.get(id)?.name ?? id).join(", ");
        out.push(
          violation("roomStability", w.roomStability * (roomIds.length - 1), `${offering.name} uses ${roomIds.length} rooms (${names}) instead of one`, {
            offeringIds: [offering.id],
            roomIds,
          }),
        );
      }
    }
  }

  for (const m of valid) {
    const faculty = m.offering.facultyId === null ? undefined : ctx.facultyById.get(m.offering.facultyId);
    if (w.facultyPreference > 0 && faculty && faculty.preferred.length > 0) {
      const outside = m.periods.filter((p) => !faculty.preferred.includes(slotOf(input, m.placement.day, p))).length;
      if (outside > 0) {
        out.push(
          violation(
            "facultyPreference",
            w.facultyPreference * outside,
            `${faculty.name} teaches ${m.offering.name} on ${where(m)}, outside their preferred times (${outside} period(s))`,
            { offeringIds: [m.offering.id], facultyIds: [faculty.id], ...at(m) },
          ),
        );
      }
    }
    if (w.edgePeriods > 0) {
      const edge = m.periods.filter((p) => input.edgePeriods.includes(p)).length;
      if (edge > 0) {
        out.push(
          violation("edgePeriods", w.edgePeriods * edge, `${m.offering.name} is at an early/late period: ${where(m)} (${edge} period(s))`, {
            offeringIds: [m.offering.id],
            ...at(m),
          }),
        );
      }
    }
  }

  if (w.backToBack > 0) out.push(...backToBackViolations(ctx, valid));
  return out;
}

/** Pairs (A, B) of one faculty member's meetings where B starts in the period right after A ends. */
function backToBackViolations(ctx: EvalContext, valid: PlacedMeeting[]): SoftViolation[] {
  const { input } = ctx;
  const out: SoftViolation[] = [];
  const byFacultyDay = new Map<string, PlacedMeeting[]>();
  for (const m of valid) {
    if (m.offering.facultyId === null) continue;
    pushTo(byFacultyDay, `${m.offering.facultyId}@${m.placement.day}`, m);
  }
  for (const faculty of input.faculty) {
    if (!faculty.avoidBackToBack) continue;
    for (let day = 0; day < input.days; day++) {
      const meetings = byFacultyDay.get(`${faculty.id}@${day}`) ?? [];
      for (const a of meetings) {
        const lastOfA = a.placement.period + a.placement.length - 1;
        if (!adjacentToNext(input, lastOfA)) continue;
        for (const b of meetings) {
          if (b === a || b.placement.period !== lastOfA + 1) continue;
          out.push(
            violation(
              "backToBack",
              input.weights.backToBack,
              `${faculty.name} teaches back to back on ${dayLabel(input, day)}: ${a.offering.name} at ${slotLabel(input, day, a.placement.period)} then ${b.offering.name} at ${slotLabel(input, day, b.placement.period)}`,
              { offeringIds: [a.offering.id, b.offering.id], facultyIds: [faculty.id], day, period: b.placement.period },
            ),
          );
        }
      }
    }
  }
  return out;
}
