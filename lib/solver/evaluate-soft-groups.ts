/**
 * Soft constraints of compact groups (batches, ITC-2007 curricula): isolated meetings, gaps and
 * daily balance. Groups with compact: false (extra-student groups) only matter for clashes.
 *
 * Isolated follows ITC-2007 UD2: a meeting is isolated for a group when no other meeting of that
 * group occupies the period just before its first period or just after its last one, on the same
 * day and not across a break. Two clashing meetings in the same otherwise-empty period are both
 * isolated (UD2 adds the number of lectures in that period).
 */
import { adjacentToNext, dayLabel, pushTo, slotLabel, type EvalContext, type PlacedMeeting } from "./evaluate-context";
import { violation } from "./evaluate-soft";
import type { SolverGroup, SoftViolation } from "./types";

export function softGroupViolations(ctx: EvalContext, valid: PlacedMeeting[]): SoftViolation[] {
  const { input } = ctx;
  const w = input.weights;
  if (w.isolated <= 0 && w.gaps <= 0 && w.dailyBalance <= 0) return [];

  const byGroupDay = new Map<string, PlacedMeeting[]>();
  for (const m of valid) {
    for (const group of ctx.groupsOfOffering.get(m.offering.id) ?? []) {
      if (group.compact) pushTo(byGroupDay, `${group.id}@${m.placement.day}`, m);
    }
  }

  const out: SoftViolation[] = [];
  for (const group of input.groups) {
    if (!group.compact) continue;
    const evenShare = Math.ceil(weeklyLoad(ctx, group) / input.days);
    for (let day = 0; day < input.days; day++) {
      const meetings = byGroupDay.get(`${group.id}@${day}`) ?? [];
      if (meetings.length === 0) continue;
      if (w.isolated > 0) out.push(...isolatedViolations(ctx, group, day, meetings));
      if (w.gaps > 0) {
        const gap = gapPeriods(meetings);
        if (gap > 0) {
          out.push(
            violation("gaps", w.gaps * gap, `${group.name} has ${gap} free period(s) between classes on ${dayLabel(input, day)}`, {
              groupIds: [group.id],
              offeringIds: [...new Set(meetings.map((m) => m.offering.id))],
              day,
            }),
          );
        }
      }
      if (w.dailyBalance > 0) {
        const load = meetings.reduce((sum, m) => sum + m.placement.length, 0);
        const over = load - evenShare;
        if (over > 0) {
          out.push(
            violation(
              "dailyBalance",
              w.dailyBalance * over,
              `${group.name} has ${load} periods on ${dayLabel(input, day)}, ${over} more than its even share of ${evenShare}`,
              { groupIds: [group.id], offeringIds: [...new Set(meetings.map((m) => m.offering.id))], day },
            ),
          );
        }
      }
    }
  }
  return out;
}

function isolatedViolations(ctx: EvalContext, group: SolverGroup, day: number, meetings: PlacedMeeting[]): SoftViolation[] {
  const { input } = ctx;
  const out: SoftViolation[] = [];
  for (const m of meetings) {
    const first = m.placement.period;
    const last = first + m.placement.length - 1;
    const before = first > 0 && adjacentToNext(input, first - 1) ? first - 1 : null;
    const after = adjacentToNext(input, last) ? last + 1 : null;
    const hasNeighbour = meetings.some((other) => other !== m && other.periods.some((p) => p === before || p === after));
    if (hasNeighbour) continue;
    out.push(
      violation("isolated", input.weights.isolated, `${group.name} has an isolated class: ${m.offering.name} on ${slotLabel(input, day, first)}`, {
        groupIds: [group.id],
        offeringIds: [m.offering.id],
        day,
        period: first,
      }),
    );
  }
  return out;
}

/** Empty periods between the first and last occupied period of the day. */
function gapPeriods(meetings: PlacedMeeting[]): number {
  const occupied = new Set(meetings.flatMap((m) => m.periods));
  const first = Math.min(...occupied);
  const last = Math.max(...occupied);
  return last - first + 1 - occupied.size;
}

/** Weekly periods the data asks of the group (not what is placed), so the even share is stable. */
function weeklyLoad(ctx: EvalContext, group: SolverGroup): number {
  let load = 0;
  for (const id of new Set(group.offeringIds)) {
    const offering = ctx.offeringById.get(id);
    if (offering) load += offering.meetings * offering.length;
  }
  return load;
}
