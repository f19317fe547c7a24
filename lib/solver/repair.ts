/**
 * repair(): the smallest change to a timetable that makes it valid under the current data.
 *
 * It starts from the timetable's own placements, keeps the pins in SolverInput.fixed (the term's
 * fixed slots and the timetable's own pins), places meetings the timetable lacks (offerings added
 * since), moves meetings out of hard violations, and minimises a change cost on top of the soft
 * score (change-cost.ts): each meeting that moves in time costs more the more people it affects;
 * a meeting that only changes room costs less, or nothing when the caller keeps times only.
 * Room capacity is a soft constraint, but a class that has outgrown its room (a batch that grew)
 * is a reason to repair too. A timetable with no hard violation, nothing left to place and no class
 * in a room too small for it is returned unchanged: a repair never "improves" a valid published
 * timetable behind the registrar's back.
 */
import { DEFAULT_CHANGE_WEIGHTS, type ChangeWeights } from "./change-cost";
import { evaluate } from "./evaluate";
import { solve } from "./solve";
import { buildContext, splitPlacements } from "./evaluate-context";
import type { Placement, SolveOptions, SolverInput, SolverResult } from "./types";

/** What a repair tries to keep: the times (rooms may change freely) or times and rooms. */
export type RepairKeep = "time" | "time-and-room";

export interface RepairOptions extends Omit<SolveOptions, "initial" | "changeCost"> {
  keep: RepairKeep;
  /** Defaults to DEFAULT_CHANGE_WEIGHTS; with keep "time" the room-change weights are set to 0. */
  weights?: ChangeWeights;
}

export function changeWeightsFor(keep: RepairKeep, weights: ChangeWeights = DEFAULT_CHANGE_WEIGHTS): ChangeWeights {
  return keep === "time" ? { ...weights, roomChangedPerMeeting: 0, roomChangedPerPerson: 0 } : weights;
}

export async function repair(input: SolverInput, current: Placement[], options: RepairOptions): Promise<SolverResult> {
  const { keep, weights, ...solveOptions } = options;
  const scored = evaluate(input, current);
  if (scored.hard === 0 && !overfull(input, current)) return unchanged(input, current, scored, options.seed);
  return solve(input, { ...solveOptions, initial: current, changeCost: { reference: current, weights: changeWeightsFor(keep, weights) } });
}

function unchanged(input: SolverInput, current: Placement[], scored: ReturnType<typeof evaluate>, seed: number): SolverResult {
  // Hard 0 implies every placement is valid and every meeting placed; keep exactly the valid ones.
  const placements = splitPlacements(buildContext(input), current).valid.map((m) => m.placement);
  return {
    status: "feasible",
    placements,
    ...scored,
    change: { moved: 0, roomChanged: 0, cost: 0 },
    blockers: [],
    aborted: false,
    stats: { iterations: 0, elapsedMs: 0, movesPerSecond: 0, seed },
  };
}

/** Some meeting sits in a room with fewer seats than the class has. */
function overfull(input: SolverInput, placements: Placement[]): boolean {
  const size = new Map(input.offerings.map((o) => [o.id, o.size]));
  const capacity = new Map(input.rooms.map((r) => [r.id, r.capacity]));
  return placements.some((p) => (size.get(p.offeringId) ?? 0) > (capacity.get(p.roomId) ?? Infinity));
}
