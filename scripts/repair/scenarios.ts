/**
 * The change scenarios of the repair benchmark (issue 12), as pure edits of a SolverInput given the
 * published placements, and the count of meetings each change invalidates.
 */
import { buildContext, splitPlacements } from "@/lib/solver/evaluate-context";
import type { Placement, SolverInput } from "@/lib/solver/types";

export interface Scenario {
  name: string;
  apply(input: SolverInput, published: Placement[]): SolverInput;
}

const allSlotsOfDay = (input: SolverInput, day: number) => Array.from({ length: input.periodsPerDay }, (_, p) => day * input.periodsPerDay + p);
const countBy = <T>(items: T[], key: (t: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

export const SCENARIOS: Scenario[] = [
  {
    name: "Faculty unavailable a whole day",
    apply(input, published) {
      const facultyOf = new Map(input.offerings.map((o) => [o.id, o.facultyId]));
      // The busiest teacher, on the day they teach most.
      const [[key]] = countBy(published.filter((p) => facultyOf.get(p.offeringId)), (p) => `${facultyOf.get(p.offeringId)}|${p.day}`);
      const [facultyId, day] = key.split("|");
      return { ...input, faculty: input.faculty.map((f) => (f.id === facultyId ? { ...f, unavailable: [...new Set([...f.unavailable, ...allSlotsOfDay(input, Number(day))])] } : f)) };
    },
  },
  {
    name: "A room closed for the term",
    apply(input, published) {
      const lecture = new Set(input.rooms.filter((r) => r.type === "LECTURE").map((r) => r.id));
      const [[roomId]] = countBy(published.filter((p) => lecture.has(p.roomId)), (p) => p.roomId);
      const every = Array.from({ length: input.days * input.periodsPerDay }, (_, s) => s);
      return { ...input, rooms: input.rooms.map((r) => (r.id === roomId ? { ...r, unavailable: every } : r)) };
    },
  },
  {
    name: "Three new offerings",
    apply(input) {
      // Copies of three lecture offerings of different batches: a new elective each, same teacher and batch.
      const templates = input.offerings.filter((o) => o.length === 1 && o.facultyId !== null).filter((o, i, all) => all.findIndex((x) => x.facultyId === o.facultyId) === i).slice(0, 3);
      const added = templates.map((o, i) => ({ ...o, id: `new-${i}`, name: `New elective ${i + 1}`, meetings: 2, minDays: 2 }));
      const groups = input.groups.map((g) => {
        const extra = templates.flatMap((t, i) => (g.offeringIds.includes(t.id) ? [added[i].id] : []));
        return extra.length > 0 ? { ...g, offeringIds: [...g.offeringIds, ...extra] } : g;
      });
      return { ...input, offerings: [...input.offerings, ...added], groups };
    },
  },
  {
    name: "A batch grows past its room",
    apply(input, published) {
      // The batch whose largest lecture sits in the fullest room grows past that room's seats.
      const capacity = new Map(input.rooms.map((r) => [r.id, r.capacity]));
      const size = new Map(input.offerings.map((o) => [o.id, o.size]));
      const maxCapacity = Math.max(...input.rooms.filter((r) => r.type === "LECTURE").map((r) => r.capacity));
      const tight = published
        .filter((p) => input.groups.some((g) => g.kind === "batch" && g.offeringIds.includes(p.offeringId)) && capacity.get(p.roomId)! < maxCapacity)
        .sort((a, b) => capacity.get(a.roomId)! - size.get(a.offeringId)! - (capacity.get(b.roomId)! - size.get(b.offeringId)!))[0];
      const batch = input.groups.find((g) => g.kind === "batch" && g.offeringIds.includes(tight.offeringId))!;
      const growth = capacity.get(tight.roomId)! - size.get(tight.offeringId)! + 10;
      const grown = new Set(batch.offeringIds);
      return { ...input, offerings: input.offerings.map((o) => (grown.has(o.id) ? { ...o, size: o.size + growth } : o)) };
    },
  },
  {
    name: "A meeting pinned to a new time",
    apply(input, published) {
      // A lecture moved by the registrar to the next day, same period and room, and pinned there.
      const p = published.find((x) => x.length === 1 && x.day + 1 < input.days)!;
      return { ...input, fixed: [...input.fixed, { offeringId: p.offeringId, meetingIndex: p.meetingIndex, day: p.day + 1, period: p.period, roomId: p.roomId }] };
    },
  },
];

/**
 * Meetings the change itself breaks, in the published placements under the changed data: each
 * meeting that now breaks a rule by itself (its teacher, room or offering unavailable then, a pin
 * elsewhere), each meeting that would share a teacher, room or group with a meeting at its new pinned
 * time, each meeting over its room's capacity, and each new meeting that has no place yet.
 */
export function invalidatedMeetings(input: SolverInput, published: Placement[]): number {
  const ctx = buildContext(input);
  const { valid } = splitPlacements(ctx, published);
  const key = (p: { offeringId: string; meetingIndex?: number }) => `${p.offeringId}#${p.meetingIndex}`;
  const hit = new Set(valid.filter((m) => breaksARule(input, m.placement) || m.offering.size > m.room.capacity).map((m) => key(m.placement)));
  for (const pin of input.fixed) {
    if (pin.day === undefined || pin.period === undefined) continue;
    const pinned = ctx.offeringById.get(pin.offeringId);
    if (!pinned) continue;
    const groups = new Set((ctx.groupsOfOffering.get(pinned.id) ?? []).map((g) => g.id));
    for (const m of valid) {
      const sameTime = m.placement.day === pin.day && m.periods.some((p) => p >= pin.period! && p < pin.period! + pinned.length);
      const shared = m.offering.facultyId === pinned.facultyId || m.room.id === pin.roomId || (ctx.groupsOfOffering.get(m.offering.id) ?? []).some((g) => groups.has(g.id));
      if (sameTime && shared && key(m.placement) !== key(pin)) hit.add(key(m.placement));
    }
  }
  const placed = new Set(valid.map((m) => key(m.placement)));
  const unplaced = input.offerings.reduce((n, o) => n + Array.from({ length: o.meetings }, (_, i) => i).filter((i) => !placed.has(`${o.id}#${i}`)).length, 0);
  return hit.size + unplaced;
}

function breaksARule(input: SolverInput, placement: Placement): boolean {
  const offering = input.offerings.find((o) => o.id === placement.offeringId)!;
  const faculty = input.faculty.find((f) => f.id === offering.facultyId);
  const room = input.rooms.find((r) => r.id === placement.roomId)!;
  const cells = Array.from({ length: placement.length }, (_, k) => placement.day * input.periodsPerDay + placement.period + k);
  const pinnedElsewhere = input.fixed.some(
    (f) => f.offeringId === placement.offeringId && f.meetingIndex === placement.meetingIndex && f.day !== undefined && (f.day !== placement.day || f.period !== placement.period),
  );
  return pinnedElsewhere || cells.some((s) => room.unavailable.includes(s) || (faculty?.unavailable.includes(s) ?? false) || offering.unavailable.includes(s));
}
