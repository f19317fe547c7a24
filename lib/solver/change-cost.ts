/**
 * Minimal-change repair: what it costs to change a timetable that people already follow.
 *
 * A repair starts from a reference timetable (the published one) and searches for one that
 * satisfies the current data. Every meeting that ends up at another day or first period than in
 * the reference costs `moved`; a meeting that keeps its time but changes room costs the smaller
 * `roomChanged`. Both are weighted by the people the meeting affects (its students plus its
 * teacher): moving a 120-student lecture disturbs more weeks than moving a 12-student seminar, as
 * in UniTime's minimal-perturbation mode. Meetings the reference does not have (offerings added
 * since) cost nothing wherever they go.
 *
 * This is the from-scratch reference, like evaluate(): the engine adds the same per-meeting costs
 * incrementally (engine/model.ts compileChangeCost, State.place) and the tests compare the two.
 */
import { buildContext, splitPlacements } from "./evaluate-context";
import type { Placement, SolverInput, SolverOffering } from "./types";

/**
 * Weights of the change cost, in the units of the soft score. Defaults (DEFAULT_CHANGE_WEIGHTS) are
 * chosen so that one moved meeting of an average class (about 40 students) costs about as much as
 * the soft gain of a good move under the Balanced profile, so a repair moves a meeting for a
 * marked improvement only; raise them to move less, lower them to let the repair polish more.
 */
export interface ChangeWeights {
  /** Per meeting whose day or first period changes, whoever attends it. */
  movedPerMeeting: number;
  /** Per person (student or teacher) of a meeting whose day or first period changes. */
  movedPerPerson: number;
  /** Per meeting that keeps its time but changes room. */
  roomChangedPerMeeting: number;
  /** Per person of a meeting that keeps its time but changes room. */
  roomChangedPerPerson: number;
}

export const DEFAULT_CHANGE_WEIGHTS: ChangeWeights = {
  movedPerMeeting: 4,
  movedPerPerson: 0.25,
  roomChangedPerMeeting: 1,
  roomChangedPerPerson: 0.02,
};

export interface ChangeCostOptions {
  /** The timetable being repaired; its placements are where each meeting "was". */
  reference: Placement[];
  /** Defaults to DEFAULT_CHANGE_WEIGHTS. */
  weights?: ChangeWeights;
}

/** Students plus the teacher: the people whose week changes when the meeting moves. */
export function peopleAffected(offering: SolverOffering): number {
  return Math.max(0, offering.size) + (offering.facultyId === null ? 0 : 1);
}

/** The cost of moving one meeting of `offering` in time, and of changing only its room. */
export function meetingChangeCosts(offering: SolverOffering, weights: ChangeWeights): { moved: number; roomChanged: number } {
  const people = peopleAffected(offering);
  return {
    moved: weights.movedPerMeeting + weights.movedPerPerson * people,
    roomChanged: weights.roomChangedPerMeeting + weights.roomChangedPerPerson * people,
  };
}

export interface ChangeEvaluation {
  /** Meetings of the reference now at another day or first period. */
  moved: number;
  /** Meetings of the reference at the same time in another room. */
  roomChanged: number;
  /** Weighted cost of both. */
  cost: number;
}

const meetingKey = (p: Placement) => `${p.offeringId}#${p.meetingIndex}`;

/**
 * The change cost of `placements` against `reference`, meeting by meeting (offering and meeting
 * index). Only valid placements count on either side: a reference placement that no longer fits
 * the data (e.g. its room was deleted) is a meeting to place afresh, as evaluate() sees it.
 */
export function evaluateChange(input: SolverInput, options: ChangeCostOptions, placements: Placement[]): ChangeEvaluation {
  const weights = options.weights ?? DEFAULT_CHANGE_WEIGHTS;
  const ctx = buildContext(input);
  const before = new Map(splitPlacements(ctx, options.reference).valid.map((m) => [meetingKey(m.placement), m.placement]));
  const result: ChangeEvaluation = { moved: 0, roomChanged: 0, cost: 0 };
  for (const { placement, offering } of splitPlacements(ctx, placements).valid) {
    const was = before.get(meetingKey(placement));
    if (!was) continue;
    const costs = meetingChangeCosts(offering, weights);
    if (was.day !== placement.day || was.period !== placement.period) {
      result.moved++;
      result.cost += costs.moved;
    } else if (was.roomId !== placement.roomId) {
      result.roomChanged++;
      result.cost += costs.roomChanged;
    }
  }
  return result;
}
