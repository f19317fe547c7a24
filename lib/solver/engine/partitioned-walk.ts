/**
 * One annealing walk shared by T threads, split by days. Every round the days of the week are
 * dealt out among the threads (a seeded shuffle, the same in every thread); a thread then moves
 * only the meetings on its days, only to start slots on its days, for a round of iterations at
 * the common temperature. Every hard rule is about one slot or one day (clashes, availability,
 * daily loads) or the whole week's count of meetings, which no such move changes, so putting the
 * threads' days back together can never create a clash: after each round every thread publishes
 * its days (shared-walk.ts) and takes the others', and all continue from the same timetable.
 * Rules across days (minimum working days, room stability) each thread scores against the others'
 * days as they were at the start of the round; the joined timetable is recounted exactly.
 *
 * Why not T walks trading their best (exchange.ts): that buys a best-of-T, ~1-2% on one campus,
 * while one walk of twice the iterations gains ~8% (bench/results/threads-2026-12-06.md). Here
 * the T threads' iterations all go into one walk. A day has to be dealt whole: two threads moving
 * meetings of one day would collide on its clashes and compactness.
 *
 * Reproducible for a seed, thread count and iteration budget: rounds are fixed numbers of
 * iterations, the deal comes from the seed, and each thread's random stream is its own.
 */
import type { Annealer } from "./anneal";
import { Rng } from "./rng";
import type { SharedWalk } from "./shared-walk";
import type { State } from "./state";

/**
 * Iterations per thread per round: ~25 ms on the demo campus (~0.8 M moves/s). Long enough that
 * the barrier and the exchange of placements cost little, short enough that the days are dealt
 * anew ~1,000 times in a 30-s search.
 */
export const ROUND_ITERATIONS = 20_000;

/** Fewest rounds an iteration budget is cut into, so that every pair of days often meets in one thread. */
const MIN_ROUNDS = 200;
const MIN_ROUND_ITERATIONS = 1_000;

/** Iterations per thread per round for a team's iteration budget: ROUND_ITERATIONS, less for small budgets. */
export function roundLength(teamBudget: number, threads: number): number {
  return Math.max(MIN_ROUND_ITERATIONS, Math.min(ROUND_ITERATIONS, Math.floor(teamBudget / (threads * MIN_ROUNDS))));
}

/** The walk can be split when every thread gets at least two days (else no meeting could change day). */
export function canPartitionDays(days: number, threads: number): boolean {
  return threads >= 2 && 2 * threads <= days;
}

/** owner[d] = the thread that holds day d in round `round`: a seeded shuffle dealt in turn. */
export function dealDays(days: number, threads: number, seed: number, round: number): Int32Array {
  const rng = new Rng((seed ^ Math.imul(round + 1, 0x2c1b3c6d)) | 0);
  const order = Array.from({ length: days }, (_, d) => d);
  for (let i = days - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const owner = new Int32Array(days);
  order.forEach((d, i) => (owner[d] = i % threads));
  return owner;
}

/** Writes into ownsSlot which slots are on the thread's days. */
export function markOwnedSlots(owner: Int32Array, periods: number, thread: number, ownsSlot: Uint8Array): void {
  for (let s = 0; s < ownsSlot.length; s++) ownsSlot[s] = owner[Math.floor(s / periods)] === thread ? 1 : 0;
}

/** Copies the placements of meetings on owned slots (every meeting when ownsSlot is null) into the rows at `offset`. */
export function publishPlacements(state: State, ownsSlot: Uint8Array | null, slots: Int32Array, rooms: Int32Array, offset: number): void {
  for (let m = 0; m < state.model.nMeet; m++) {
    const s = state.meetSlot[m];
    if (ownsSlot !== null && (s < 0 || !ownsSlot[s])) continue;
    slots[offset + m] = s;
    rooms[offset + m] = state.meetRoom[m];
  }
}

/**
 * Takes from the rows every meeting not on an owned slot (every meeting when ownsSlot is null) and
 * recounts the costs. The threads' days are disjoint, so the placements taken never share a slot
 * with this thread's own.
 */
export function adoptPlacements(state: State, ownsSlot: Uint8Array | null, slots: Int32Array, rooms: Int32Array, offset: number): void {
  for (let m = 0; m < state.model.nMeet; m++) {
    const s = state.meetSlot[m];
    if (ownsSlot !== null && (s < 0 || ownsSlot[s])) continue;
    const s2 = slots[offset + m];
    const r2 = rooms[offset + m];
    if (s2 === s && r2 === state.meetRoom[m]) continue;
    if (s >= 0) state.unplace(m);
    if (s2 >= 0) state.place(m, s2, r2);
  }
  state.flush();
}

export interface PartitionedSchedule {
  /** Leader only: where in the optimise phase the next round runs by its clock, or null to stop. */
  next(): number | null;
  /** Leader only: whether an exchange with other teams is due (exchange.ts epochs). */
  epochDue(): boolean;
  /** Leader only: offers the team's best and takes the best of all teams (state and best). */
  adoptBest(): Promise<void>;
  /** Iterations of this thread's budget left (Infinity without an iteration budget). */
  iterationsLeft(): number;
  /** Runs `count` iterations at the temperature of `fraction`; false when the search was aborted. */
  run(count: number, fraction: number): Promise<boolean>;
}

/**
 * The optimise phase of one thread of a partitioned walk. Starts from the leader's timetable (it
 * alone ran the repair phase), ends with every thread on the last joined timetable and its own
 * best so far (each a whole timetable: its days plus the others' at the start of a round). With
 * several teams (search-threads.ts), the leader trades the team's best with the other teams'
 * leaders at epoch boundaries, between rounds, and hands what it takes to the whole team.
 * Returns false when the walk was stopped from outside (abort, or a thread gone).
 */
export async function walkPartitioned(annealer: Annealer, walk: SharedWalk, dealSeed: number, schedule: PartitionedSchedule): Promise<boolean> {
  const state = annealer.state;
  const M = state.model;
  const nMeet = M.nMeet;
  const leader = walk.thread === 0;
  const ownsSlot = new Uint8Array(M.slots);
  let x = 0; // barriers passed: their parity picks the rows and the decision
  /**
   * Publishes `published` (a thread's days, or everything when null), meets the others and takes
   * `taken` from the rows (the others' days; everything when null; nothing when false).
   */
  const sync = (published: Uint8Array | null, taken: Uint8Array | null | false, epochPossible: boolean) => {
    const offset = (x & 1) * nMeet;
    publishPlacements(state, published, walk.slots, walk.rooms, offset);
    walk.report(x, schedule.iterationsLeft());
    if (leader) {
      const fraction = schedule.next();
      walk.decide(x, fraction === null ? "stop" : epochPossible && schedule.epochDue() ? "adopt" : "round", fraction ?? 1);
    }
    if (!walk.barrier()) return null;
    if (taken !== false) adoptPlacements(state, taken, walk.slots, walk.rooms, offset);
    annealer.noteState();
    return walk.decision(x++);
  };
  /** The leader's timetable to every thread: at the start, and after it took another team's best. */
  const fromLeader = () => sync(leader ? null : ownsSlot.fill(0), leader ? false : null, false);
  try {
    let decision = fromLeader();
    // With an iteration budget every thread places a round by the team's iterations spent since
    // here: the leader's repair used part of its own share, so its share alone would run the
    // schedule ahead of the others'. Without one, the leader's clock places it.
    const teamBudget = decision?.iterationsLeft ?? Infinity;
    const fractionOf = (d: { fraction: number; iterationsLeft: number }) =>
      Number.isFinite(teamBudget) && teamBudget > 0 ? 1 - d.iterationsLeft / teamBudget : d.fraction;
    const roundIterations = Number.isFinite(teamBudget) ? roundLength(teamBudget, walk.threads) : ROUND_ITERATIONS;
    while (decision !== null && decision.next !== "stop") {
      if (decision.next === "adopt") {
        if (leader) await schedule.adoptBest();
        decision = fromLeader();
        continue;
      }
      markOwnedSlots(dealDays(M.days, walk.threads, dealSeed, x), M.periods, walk.thread, ownsSlot);
      annealer.restrictTo(ownsSlot);
      if (!(await schedule.run(Math.min(roundIterations, schedule.iterationsLeft()), fractionOf(decision)))) break;
      decision = sync(ownsSlot, ownsSlot, true);
    }
    return decision !== null;
  } finally {
    annealer.restrictTo(null);
  }
}
