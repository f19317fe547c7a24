/**
 * preflight(): cheap counting checks run before the search. Each Blocker proves the input cannot
 * be satisfied and names the entities to fix, so the user sees "Dr Rao is available 8 periods a
 * week but teaches 10" instead of a search that runs out of time. Only certain infeasibility is a
 * blocker; things that merely cost soft points (a room too small) are in preflightWarnings().
 *
 * Time-shaped checks (meeting lengths, open start slots, pinned meetings) are in preflight-time.ts.
 */
import { blocker } from "./blocker";
import { buildContext, type EvalContext } from "./evaluate-context";
import { fixedSlotBlockers, meetingLengthBlockers, openSlotBlockers } from "./preflight-time";
import type { Blocker, SolverInput, SolverOffering } from "./types";

/** Weekly teaching periods an offering needs: meetings x length. */
export const weeklyPeriods = (o: SolverOffering) => o.meetings * o.length;

export function preflight(input: SolverInput): Blocker[] {
  const ctx = buildContext(input);
  return [
    ...referenceBlockers(ctx),
    ...roomTypeBlockers(ctx),
    ...facultyLoadBlockers(ctx),
    ...groupLoadBlockers(ctx),
    ...meetingLengthBlockers(ctx),
    ...openSlotBlockers(ctx),
    ...fixedSlotBlockers(ctx),
  ];
}

/** Soft problems worth showing before solving: they cost points but do not block a timetable. */
export function preflightWarnings(input: SolverInput): Blocker[] {
  const out: Blocker[] = [];
  for (const offering of input.offerings) {
    const rooms = input.rooms.filter((r) => offering.roomType === null || r.type === offering.roomType);
    if (rooms.length === 0) continue; // that is a blocker, reported by preflight()
    const largest = Math.max(...rooms.map((r) => r.capacity));
    if (largest >= offering.size) continue;
    const kindOfRoom = offering.roomType === null ? "a room" : `a ${offering.roomType} room`;
    out.push(
      blocker("noRoomLargeEnough", `${offering.name} needs ${kindOfRoom} with ${offering.size} seats; the largest has ${largest}`, {
        offeringIds: [offering.id],
        roomIds: rooms.filter((r) => r.capacity === largest).map((r) => r.id),
      }),
    );
  }
  return out;
}

function referenceBlockers(ctx: EvalContext): Blocker[] {
  const out: Blocker[] = [];
  for (const offering of ctx.input.offerings) {
    if (offering.facultyId !== null && !ctx.facultyById.has(offering.facultyId)) {
      out.push(blocker("unknownReference", `${offering.name} is taught by unknown faculty id "${offering.facultyId}"`, { offeringIds: [offering.id] }));
    }
  }
  for (const group of ctx.input.groups) {
    for (const id of group.offeringIds) {
      if (!ctx.offeringById.has(id)) {
        out.push(blocker("unknownReference", `${group.name} lists unknown offering id "${id}"`, { groupIds: [group.id] }));
      }
    }
  }
  return out;
}

function roomTypeBlockers(ctx: EvalContext): Blocker[] {
  const { input } = ctx;
  const slots = input.days * input.periodsPerDay;
  const freeSlots = (roomIds: string[]) =>
    roomIds.reduce((sum, id) => sum + slots - new Set(ctx.roomById.get(id)!.unavailable).size, 0);
  const out: Blocker[] = [];

  const demandByType = new Map<string, SolverOffering[]>();
  for (const offering of input.offerings) {
    if (offering.roomType === null) continue;
    demandByType.set(offering.roomType, [...(demandByType.get(offering.roomType) ?? []), offering]);
  }
  for (const [type, offerings] of demandByType) {
    const rooms = input.rooms.filter((r) => r.type === type).map((r) => r.id);
    const offeringIds = offerings.map((o) => o.id);
    if (rooms.length === 0) {
      for (const o of offerings) {
        out.push(blocker("noRoomOfType", `${o.name} needs a ${type} room; there is none`, { offeringIds: [o.id] }));
      }
      continue;
    }
    const demand = offerings.reduce((sum, o) => sum + weeklyPeriods(o), 0);
    const supply = freeSlots(rooms);
    if (demand > supply) {
      out.push(
        blocker(
          "roomTypeOverloaded",
          `Offerings needing a ${type} room take ${demand} periods a week; the ${rooms.length} ${type} room(s) are open ${supply}`,
          { offeringIds, roomIds: rooms },
        ),
      );
    }
  }

  // Every meeting needs some room: total demand against all rooms' open periods.
  const total = input.offerings.reduce((sum, o) => sum + weeklyPeriods(o), 0);
  const allRooms = input.rooms.map((r) => r.id);
  const totalSupply = freeSlots(allRooms);
  if (total > totalSupply) {
    out.push(
      blocker("roomsOverloaded", `All offerings take ${total} room-periods a week; the ${allRooms.length} room(s) are open ${totalSupply}`, {
        roomIds: allRooms,
      }),
    );
  }
  return out;
}

function facultyLoadBlockers(ctx: EvalContext): Blocker[] {
  const { input } = ctx;
  const out: Blocker[] = [];
  for (const faculty of input.faculty) {
    const taught = input.offerings.filter((o) => o.facultyId === faculty.id);
    const load = taught.reduce((sum, o) => sum + weeklyPeriods(o), 0);
    if (load === 0) continue;
    const ids = { facultyIds: [faculty.id], offeringIds: taught.map((o) => o.id) };
    const available = input.days * input.periodsPerDay - new Set(faculty.unavailable).size;
    if (load > available) {
      out.push(blocker("facultyOverloaded", `${faculty.name} is available ${available} periods a week but teaches ${load}`, ids));
    }
    if (faculty.maxPeriodsPerWeek !== undefined && load > faculty.maxPeriodsPerWeek) {
      out.push(blocker("facultyOverWeeklyLimit", `${faculty.name} may teach at most ${faculty.maxPeriodsPerWeek} periods a week but teaches ${load}`, ids));
    }
    if (faculty.maxPeriodsPerDay !== undefined) {
      const dailyLimit = faculty.maxPeriodsPerDay;
      for (const o of taught.filter((o) => o.length > dailyLimit)) {
        out.push(
          blocker("facultyOverDailyLimit", `${o.name} meetings last ${o.length} periods but ${faculty.name} may teach at most ${dailyLimit} a day`, {
            facultyIds: [faculty.id],
            offeringIds: [o.id],
          }),
        );
      }
      // Each day offers min(daily limit, periods they are available that day); a week is the sum.
      // Only reported when the two simpler checks above are both silent, to avoid saying it twice.
      const weekly = dailyCapacity(input.days, input.periodsPerDay, faculty.unavailable).reduce((sum, free) => sum + Math.min(dailyLimit, free), 0);
      if (load > weekly && load <= available) {
        const detail = weekly === dailyLimit * input.days ? `${dailyLimit} periods a day (${weekly} a week)` : `${weekly} periods a week with at most ${dailyLimit} a day and their unavailability`;
        out.push(blocker("facultyOverDailyLimit", `${faculty.name} may teach at most ${detail} but teaches ${load}`, ids));
      }
    }
  }
  return out;
}

/** Periods a person is available on each day of the week. */
function dailyCapacity(days: number, periodsPerDay: number, unavailable: number[]): number[] {
  const blocked = new Set(unavailable);
  return Array.from({ length: days }, (_, day) => {
    let free = 0;
    for (let p = 0; p < periodsPerDay; p++) if (!blocked.has(day * periodsPerDay + p)) free++;
    return free;
  });
}

function groupLoadBlockers(ctx: EvalContext): Blocker[] {
  const { input } = ctx;
  const gridSize = input.days * input.periodsPerDay;
  const out: Blocker[] = [];
  for (const group of input.groups) {
    const offerings = [...new Set(group.offeringIds)].flatMap((id) => ctx.offeringById.get(id) ?? []);
    const load = offerings.reduce((sum, o) => sum + weeklyPeriods(o), 0);
    if (load > gridSize) {
      out.push(
        blocker("groupOverloaded", `${group.name} has ${load} periods of classes a week; the week has only ${gridSize}`, {
          groupIds: [group.id],
          offeringIds: offerings.map((o) => o.id),
        }),
      );
    }
  }
  return out;
}
