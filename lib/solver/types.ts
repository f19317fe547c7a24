/**
 * The solver's contract: plain data in, plain data out.
 *
 * Everything in lib/solver is pure TypeScript: no Prisma, Next.js, Redis or file-system imports,
 * so that the worker, the ITC-2007 CLI and the tests all call the same code.
 *
 * Time is a weekly grid of `days` x `periodsPerDay` slots. A slot index is `day * periodsPerDay + period`.
 * A *meeting* is one weekly occurrence of an offering, `length` consecutive periods inside one day,
 * never across a break. The solver gives each meeting a day, a first period and a room.
 */
import type { ChangeCostOptions, ChangeEvaluation } from "./change-cost";

/** Slot index: day * periodsPerDay + period. */
export type Slot = number;

export interface SolverRoom {
  id: string;
  /** Human name used in messages, e.g. "LH-101". */
  name: string;
  capacity: number;
  /** e.g. "LECTURE", "LAB", "SEMINAR". Matched against SolverOffering.roomType. */
  type: string;
  /** Slots in which the room cannot be used (hard). */
  unavailable: Slot[];
}

export interface SolverFaculty {
  id: string;
  name: string;
  /** Most teaching periods in one day (hard). Omit for no limit. */
  maxPeriodsPerDay?: number;
  /** Most teaching periods in one week (hard; a static check since the load is fixed by the data). */
  maxPeriodsPerWeek?: number;
  /** Slots in which the faculty member cannot teach (hard). */
  unavailable: Slot[];
  /** Slots the faculty member prefers. Empty means no preference (soft: facultyPreference). */
  preferred: Slot[];
  /** Soft: penalise two meetings of theirs back to back (soft: backToBack). */
  avoidBackToBack: boolean;
}

/**
 * A set of offerings whose meetings must never overlap because the same students attend them.
 * A batch (student section) is a group with `compact: true`; students who take extra offerings
 * add groups of `kind: "students"` (batch offerings plus the extras) that only count for clashes.
 * An ITC-2007 curriculum is a group with `compact: true`.
 */
export interface SolverGroup {
  id: string;
  name: string;
  kind: "batch" | "students";
  offeringIds: string[];
  /** Soft compactness (isolated meetings, gaps) and daily balance apply to this group. */
  compact: boolean;
}

export interface SolverOffering {
  id: string;
  /** Short label used in messages, e.g. "CS301 lab (CSE-3A)". */
  name: string;
  /** Null for an offering with no teacher assigned yet (no faculty clash checks). */
  facultyId: string | null;
  /** Number of meetings per week. */
  meetings: number;
  /** Length of each meeting in consecutive periods (1 for lectures, 2-3 for labs). */
  length: number;
  /** Soft: the meetings should spread over at least this many distinct days. */
  minDays: number;
  /** Expected number of students (room capacity soft constraint). */
  size: number;
  /** Required room type, or null for any room. */
  roomType: string | null;
  /** Slots in which no period of a meeting of this offering may lie (hard). ITC-2007 course unavailability. */
  unavailable: Slot[];
}

/**
 * A meeting pinned by the registrar. Hard: the meeting must be exactly there. A pin fixes the time
 * (day and first period), the room, or both. The term's fixed slots always fix the time; a
 * timetable's own pins (set in the editor) may fix only the room: day and period are then omitted
 * and the meeting may move to any time as long as it stays in that room.
 */
export interface SolverFixedSlot {
  offeringId: string;
  /** Which meeting of the offering (0-based); pins are applied to meetings in order when omitted. */
  meetingIndex?: number;
  /** Pinned day and first period: both given (time pin) or both omitted (room-only pin). */
  day?: number;
  period?: number;
  /** Pinned room; required for a room-only pin. */
  roomId?: string | null;
}

/** Soft-constraint weights: a profile. A weight of 0 switches the constraint off. */
export interface SoftWeights {
  /** Per student over the room's capacity, per meeting. */
  roomCapacity: number;
  /** Per day short of an offering's minDays. */
  minDays: number;
  /** Per meeting of a compact group with no other meeting of that group adjacent on the same day. */
  isolated: number;
  /** Per empty period between a compact group's first and last meeting of a day. */
  gaps: number;
  /** Per extra distinct room used by an offering (rooms - 1). */
  roomStability: number;
  /** Per teaching period outside the faculty member's preferred slots (only for faculty with preferences). */
  facultyPreference: number;
  /** Per pair of back-to-back meetings of a faculty member who asked to avoid them. */
  backToBack: number;
  /** Per teaching period of a meeting that lies in one of SolverInput.edgePeriods. */
  edgePeriods: number;
  /** Per period a compact group's day exceeds its even share: max(0, load(day) - ceil(weekly load / days)). */
  dailyBalance: number;
}

export interface SolverInput {
  days: number;
  periodsPerDay: number;
  /** breakAfter[p] is true when there is a break between period p and p+1: no meeting spans it and they are not "adjacent". */
  breakAfter: boolean[];
  /** Display names, e.g. ["Mon", ...] and ["09:00", ...]; optional, used in messages. */
  dayNames?: string[];
  periodNames?: string[];
  /** Period indices considered early or late (soft: edgePeriods). */
  edgePeriods: number[];
  rooms: SolverRoom[];
  faculty: SolverFaculty[];
  groups: SolverGroup[];
  offerings: SolverOffering[];
  fixed: SolverFixedSlot[];
  weights: SoftWeights;
}

export type SolverPhase = "checking" | "constructing" | "optimising" | "done";

export interface SolverProgress {
  phase: SolverPhase;
  /** Fraction of the time budget used, 0..1. */
  fraction: number;
  bestHard: number;
  bestSoft: number;
  iterations: number;
}

export interface SolveOptions {
  /** Wall-clock budget in milliseconds. */
  timeLimitMs: number;
  /** Same seed + same input + same maxIterations gives the same result. */
  seed: number;
  /** Stop after this many search iterations (for reproducible runs and tests). */
  maxIterations?: number;
  /** Called at least every ~500 ms while solving. */
  onProgress?: (progress: SolverProgress) => void;
  /** Stops the search within 200 ms; the best solution found so far is returned. */
  signal?: AbortSignal;
  /**
   * The clock the time budget is measured on, in milliseconds (default: wall clock,
   * performance.now). Benchmarks pass the process's CPU time so that a run on a shared machine
   * still gets its full budget of one core, as the ITC-2007 rules intend.
   */
  clock?: () => number;
  /**
   * Start from these placements (e.g. an existing timetable) instead of building one from
   * nothing: each valid placement is kept as the starting position of its meeting, even one with
   * hard violations (the search then moves it out of them); meetings without a valid placement are
   * built greedily. Pins in SolverInput.fixed win: a pinned meeting starts at its pin.
   */
  initial?: Placement[];
  /**
   * Minimal-change repair: a cost for every meeting that leaves its place in this reference
   * timetable, added to the soft score the search minimises (see change-cost.ts for the weights).
   * The result's `soft` and violations stay evaluate()'s; `change` reports the moves.
   */
  changeCost?: ChangeCostOptions;
  /**
   * Solver threads for this variant (default 1). A term that falls into independent parts
   * (campuses) solves its parts in that many worker threads; a part given several threads (one
   * part, or more threads than parts) shares one walk among them, split by days, when the week
   * has two days per thread, else runs that many annealers that trade their best solution
   * (search-threads.ts). A seed, a thread count and maxIterations fix the timetable.
   */
  threads?: number;
  /**
   * The clock of those threads (a function cannot cross into a thread): "wall" (default), or
   * "processCpu", the process's CPU time divided by the thread count (for benchmarks on a shared machine).
   */
  threadClock?: ThreadClock;
}

export type ThreadClock = "wall" | "processCpu";

export interface Placement {
  offeringId: string;
  meetingIndex: number;
  day: number;
  /** First period of the meeting. */
  period: number;
  length: number;
  roomId: string;
}

export type HardConstraint =
  | "unplaced"
  | "facultyClash"
  | "groupClash"
  | "roomClash"
  | "roomType"
  | "facultyUnavailable"
  | "roomUnavailable"
  | "offeringUnavailable"
  | "fixedSlot"
  | "facultyMaxPerDay"
  | "facultyMaxPerWeek";

export type SoftConstraint = keyof SoftWeights;

/** One soft violation, naming the entities involved, for the UI. */
export interface SoftViolation {
  constraint: SoftConstraint;
  /** Weighted cost this violation adds to the score. */
  cost: number;
  message: string;
  offeringIds: string[];
  facultyIds: string[];
  groupIds: string[];
  roomIds: string[];
  day?: number;
  period?: number;
}

/** Why a meeting (or a set of them) cannot be placed: found by the counting checks or the search. */
export interface Blocker {
  /** e.g. "noRoomLargeEnough", "facultyOverloaded", "groupOverloaded", "noFeasibleSlot". */
  kind: string;
  message: string;
  offeringIds: string[];
  facultyIds: string[];
  groupIds: string[];
  roomIds: string[];
}

export interface SolverResult {
  /** feasible: hard = 0. infeasible: the data cannot be satisfied (see blockers) or none was found in time. */
  status: "feasible" | "infeasible";
  placements: Placement[];
  hard: number;
  hardBreakdown: Record<HardConstraint, number>;
  /** Total weighted soft cost. */
  soft: number;
  softBreakdown: Record<SoftConstraint, number>;
  violations: SoftViolation[];
  /** Non-empty when the input cannot be satisfied or hard violations remain. */
  blockers: Blocker[];
  /** With SolveOptions.changeCost: meetings moved and rooms changed against the reference, and their cost. */
  change?: ChangeEvaluation;
  /** True when stopped by the AbortSignal. */
  aborted: boolean;
  /** parts: how many independent parts the term was solved in, threads: in how many threads (absent: one search over the whole). */
  stats: { iterations: number; elapsedMs: number; movesPerSecond: number; seed: number; parts?: number; threads?: number };
}
