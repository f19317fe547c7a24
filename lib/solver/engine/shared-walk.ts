/**
 * The shared memory of a day-partitioned parallel walk (partitioned-walk.ts): the threads of one
 * search meet at a barrier after every round, each having written the placements of the meetings
 * on its days, and the first thread (the leader) having written what comes next (a round and its
 * temperature's place in the schedule, the end, or a timetable it takes from another team). Rows
 * and decisions are double-buffered by the parity of the barrier: a thread writes the rows of
 * barrier x + 2 only after passing barrier x + 1, which every thread passes only after it has
 * read those of barrier x, so one barrier per exchange is enough.
 *
 * The coordinator (search-threads.ts) allocates the buffers and may stop the walk from outside
 * (abort, or a thread that died) with stopSharedWalk(): waiting threads wake and every later
 * barrier returns false, so no thread waits for one that will never come.
 */

/** Int32 cells of the control buffer. */
const ARRIVED = 0;
const GENERATION = 1;
const ABORTED = 2;
/** The leader's WalkStep, as an index of STEPS. */
const NEXT = 3; // + parity
const CONTROL_INTS = 5;
/** Float64 cells: per parity, the fraction of the optimise phase the next round runs at. */
const FRACTION = 0; // + parity
/** Per parity, per thread: iterations of the thread's own budget left (Infinity: no budget). */
const LEFT = 2; // + parity * threads + thread
/** How long a waiting thread sleeps before it looks at the abort flag again, in ms. */
const WAIT_SLICE_MS = 50;

export type WalkStep = "round" | "stop" | "adopt";
const STEPS: readonly WalkStep[] = ["round", "stop", "adopt"];

export interface SharedWalkBuffers {
  threads: number;
  control: SharedArrayBuffer;
  /** Float64 cells FRACTION and LEFT. */
  numbers: SharedArrayBuffer;
  /** Int32 slot and room per meeting, per parity: [parity * nMeet + m]. */
  slots: SharedArrayBuffer;
  rooms: SharedArrayBuffer;
}

export function sharedWalkBuffers(threads: number, meetings: number): SharedWalkBuffers {
  return {
    threads,
    control: new SharedArrayBuffer(CONTROL_INTS * 4),
    numbers: new SharedArrayBuffer((LEFT + 2 * threads) * 8),
    slots: new SharedArrayBuffer(2 * meetings * 4),
    rooms: new SharedArrayBuffer(2 * meetings * 4),
  };
}

/** Stops the walk from outside the threads (abort, a thread gone): every barrier returns false. */
export function stopSharedWalk(buffers: SharedWalkBuffers): void {
  const control = new Int32Array(buffers.control);
  Atomics.store(control, ABORTED, 1);
  Atomics.notify(control, GENERATION);
}

/** One thread's view of the shared memory. */
export class SharedWalk {
  readonly threads: number;
  private readonly control: Int32Array;
  private readonly numbers: Float64Array;
  readonly slots: Int32Array;
  readonly rooms: Int32Array;

  constructor(
    buffers: SharedWalkBuffers,
    readonly thread: number,
  ) {
    this.threads = buffers.threads;
    this.control = new Int32Array(buffers.control);
    this.numbers = new Float64Array(buffers.numbers);
    this.slots = new Int32Array(buffers.slots);
    this.rooms = new Int32Array(buffers.rooms);
  }

  get aborted(): boolean {
    return Atomics.load(this.control, ABORTED) === 1;
  }

  /**
   * Written before the barrier of exchange e: by every thread, the iterations of its budget left
   * (Infinity without a budget); by the leader, what comes next: another round at `fraction` of the optimise
   * phase, the end, or "adopt": the leader first takes another team's best (exchange.ts) and hands
   * it to all at the next barrier.
   */
  report(e: number, iterationsLeft: number): void {
    this.numbers[LEFT + (e & 1) * this.threads + this.thread] = iterationsLeft;
  }

  decide(e: number, next: WalkStep, fraction: number): void {
    this.control[NEXT + (e & 1)] = STEPS.indexOf(next);
    this.numbers[FRACTION + (e & 1)] = fraction;
  }

  /**
   * Read after the barrier of exchange e: the same answer in every thread. `iterationsLeft` is
   * the team's (Infinity without an iteration budget); the walk stops when it is 0.
   */
  decision(e: number): { next: WalkStep; fraction: number; iterationsLeft: number } {
    let left = 0;
    for (let k = 0; k < this.threads; k++) left += this.numbers[LEFT + (e & 1) * this.threads + k];
    const next = STEPS[this.control[NEXT + (e & 1)]];
    return { next: next === "round" && left === 0 ? "stop" : next, fraction: this.numbers[FRACTION + (e & 1)], iterationsLeft: left };
  }

  /**
   * Waits until every thread has arrived (Atomics.wait blocks: worker threads only). False when
   * the walk was stopped from outside. The Atomics operations order the plain reads and writes
   * of the rows around it.
   */
  barrier(): boolean {
    const control = this.control;
    const generation = Atomics.load(control, GENERATION);
    if (Atomics.add(control, ARRIVED, 1) === this.threads - 1) {
      Atomics.store(control, ARRIVED, 0);
      Atomics.add(control, GENERATION, 1);
      Atomics.notify(control, GENERATION);
    } else {
      while (Atomics.load(control, GENERATION) === generation && !this.aborted) Atomics.wait(control, GENERATION, generation, WAIT_SLICE_MS);
    }
    return !this.aborted;
  }
}
