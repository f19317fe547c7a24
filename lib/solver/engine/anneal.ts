/**
 * Simulated annealing over three neighbourhoods:
 * - move: one meeting to a random allowed start slot and/or room;
 * - swap: two meetings of the same length (different offerings) exchange their times, either
 *   with their rooms (room occupancy unchanged) or keeping their own rooms
 *   (Bellio et al. 2016 anneal CB-CTT with exactly this move/swap pair);
 * - Kempe chain: exchange two time windows for a clash-connected set of meetings (Lü & Hao 2010),
 *   labs included; it moves whole blocks that single moves could only pass through clashes.
 * On ITC-shaped instances moves and swaps are scored by SingleDelta without touching the state;
 * otherwise a candidate is applied to the incremental State, scored, and undone when rejected.
 * Either way nothing is allocated per iteration.
 * The objective is hardWeight * hard + soft, so the search may cross infeasible space only when the
 * temperature is high relative to hardWeight (the repair phase), and best-so-far is tracked
 * lexicographically (hard, then soft).
 */
import { SingleDelta } from "./delta";
import { DrawLists } from "./draw-lists";
import { beats } from "./exchange";
import { KempeChains } from "./kempe";
import { KempeDelta } from "./kempe-delta";
import type { Rng } from "./rng";
import type { State } from "./state";

export interface AnnealParams {
  hardWeight: number;
  /** Probability that an iteration tries a swap instead of a move. */
  swapRate: number;
  /** Probability that a move keeps the meeting's room (only its time changes). */
  keepRoomRate: number;
  /** Probability that a move takes the cheapest free room at the new time (else a random room). */
  bestRoomRate: number;
  /** Probability of a Kempe-chain exchange of two time windows. */
  kempeRate: number;
}

export const DEFAULT_PARAMS: AnnealParams = { hardWeight: 1000, swapRate: 0.4, keepRoomRate: 0.5, bestRoomRate: 0, kempeRate: 0.02 };

export class Annealer {
  readonly state: State;
  private readonly rng: Rng;
  readonly params: AnnealParams;
  /** Movable meetings whose slot is pinned: only their room may change. */
  private readonly roomOnly: Uint8Array;
  /**
   * What the walk draws from (all, or a split walk's days): the meetings it may change (placed,
   * not pinned to a slot with a pinned room; a movable meeting with a pinned room, meetPinRoom >=
   * 0, has a room-only pin: it changes time only), the slot-free ones by length for swaps, and
   * each offering's start slots.
   */
  private readonly draw: DrawLists;

  /** Iterations attempted (including candidates rejected as outside the domain). */
  iterations = 0;
  /** Candidates actually applied and scored. */
  evaluated = 0;
  accepted = 0;
  bestHard = Infinity;
  bestSoft = Infinity;
  readonly bestSlot: Int32Array;
  readonly bestRoom: Int32Array;
  /** Apply-free delta evaluation, when the instance has the ITC-2007 shape. */
  private readonly delta: SingleDelta | null;
  private readonly kempe: KempeChains | null;
  /** Apply-free scoring of Kempe chains, when the instance has the ITC-2007 shape. */
  private readonly kempeDelta: KempeDelta | null;
  /** 1 for placed meetings whose slot may change (Kempe chains and ruins move only these). */
  readonly slotMovable: Uint8Array;
  /** Some movable meeting has a room-only pin (rare: checked once here, not per iteration). */
  private readonly roomPins: boolean;

  constructor(state: State, rng: Rng, params: AnnealParams) {
    this.state = state;
    this.rng = rng;
    this.params = params;
    const M = state.model;
    const movable: number[] = [];
    this.roomOnly = new Uint8Array(M.nMeet);
    const pools: number[][] = Array.from({ length: M.maxLen + 1 }, () => []);
    for (let m = 0; m < M.nMeet; m++) {
      if (state.meetSlot[m] < 0) continue;
      const pinned = M.meetPinSlot[m] >= 0;
      if (pinned && M.meetPinRoom[m] >= 0) continue;
      movable.push(m);
      if (pinned) this.roomOnly[m] = 1;
      else pools[M.offLen[M.meetOff[m]]].push(m);
    }
    this.draw = new DrawLists(M, Int32Array.from(movable), pools.map((p) => Int32Array.from(p)));
    this.bestSlot = new Int32Array(M.nMeet);
    this.bestRoom = new Int32Array(M.nMeet);
    this.delta = SingleDelta.applies(M) ? new SingleDelta(state) : null;
    this.kempe = params.kempeRate > 0 && KempeChains.applies(M) ? new KempeChains(state) : null;
    this.kempeDelta = this.kempe && KempeDelta.applies(M) ? new KempeDelta(state, this.kempe) : null;
    this.slotMovable = new Uint8Array(M.nMeet);
    for (const m of movable) if (!this.roomOnly[m]) this.slotMovable[m] = 1;
    this.roomPins = movable.some((m) => M.meetPinRoom[m] >= 0);
    this.saveBest();
  }

  /**
   * Restricts the walk to meetings now on slots with ownsSlot[s] = 1 and to start slots with it
   * (whole days, so labs stay inside them); null lifts the restriction. A Kempe chain between two
   * owned slots moves only meetings on them, so no candidate touches a slot the thread does not own.
   */
  restrictTo(ownsSlot: Uint8Array | null): void {
    this.draw.restrictTo(this.state.meetSlot, ownsSlot);
  }

  /** Takes the state as the best so far if it beats it (after the state changed outside run()). */
  noteState(): void {
    if (beats(this.state.hard, this.state.soft, this.bestHard, this.bestSoft)) this.saveBest();
  }

  private saveBest(): void {
    this.bestHard = this.state.hard;
    this.bestSoft = this.state.soft;
    this.bestSlot.set(this.state.meetSlot);
    this.bestRoom.set(this.state.meetRoom);
  }

  private accept(): void {
    this.accepted++;
    this.noteState();
  }

  /**
   * Room with the lowest room-clash + capacity + stability cost for offering o at slot s, scanning
   * from a random offset so ties do not always favour the first room.
   */
  private cheapestRoom(o: number, s: number, current: number): number {
    const M = this.state.model;
    const state = this.state;
    const start = M.offRoomStart[o];
    const n = M.offRoomStart[o + 1] - start;
    const len = M.offLen[o];
    const offset = this.rng.int(n);
    let best = current;
    let bestCost = Infinity;
    for (let i = 0; i < n; i++) {
      const r = M.offRoomList[start + ((i + offset) % n)];
      if (M.roomFreeRun[r * M.slots + s] < len) continue;
      let cost = M.capCost[o * M.nRoom + r];
      if (state.roomOcc[r * M.slots + s] > 0) cost += this.params.hardWeight;
      if (r !== current && state.offRoomCount[o * M.nRoom + r] === 0) cost += M.wRoomStability;
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    return best;
  }

  /** Runs `count` iterations at temperature `t`. */
  run(count: number, t: number): void {
    const state = this.state;
    const M = state.model;
    const rng = this.rng;
    const W = this.params.hardWeight;
    const S = M.slots;
    const draw = this.draw;
    const movable = draw.movable;
    const nMovable = draw.movableCount;
    const slotStart = draw.slotStart;
    const slotList = draw.slotList;
    this.iterations += count;
    if (nMovable === 0) return;
    const invT = t > 0 ? 1 / t : Infinity;
    // search() keeps hardWeight >= 10x any soft change of a move (a swap: two moves), so a candidate
    // adding a hard violation worsens the objective by >= 0.8 W; at W / t >= 60 it is accepted with
    // probability < e^-48, below the RNG's resolution: the delta stops counting once it sees one.
    if (this.delta) this.delta.rejectHard = W * invT >= 60;
    for (let it = 0; it < count; it++) {
      const m = movable[rng.int(nMovable)];
      const o = M.meetOff[m];
      const len = M.offLen[o];
      const s0 = state.meetSlot[m];
      const r0 = state.meetRoom[m];
      const before = state.objective(W);
      let acceptedByDelta = false;
      let m2 = -1;
      let s2 = -1;
      let r2 = -1;
      let keepRooms = false;

      if (this.kempe !== null && !this.roomOnly[m] && rng.next() < this.params.kempeRate) {
        const choices = slotStart[o + 1] - slotStart[o];
        if (choices === 0) continue;
        const t2 = slotList[slotStart[o] + rng.int(choices)];
        if (this.kempeDelta?.usable()) {
          const n = this.kempe.prepare(m, t2, this.slotMovable);
          if (n < 0) continue;
          this.evaluated++;
          const delta = this.kempeDelta.evaluate(n, rng, W);
          if (delta <= 1e-9 || rng.next() < Math.exp(-delta * invT)) {
            this.kempeDelta.commit();
            this.accept();
          }
          continue;
        }
        if (!this.kempe.apply(m, t2, this.slotMovable, rng, W)) continue;
        this.evaluated++;
        const delta = state.objective(W) - before;
        if (delta <= 1e-9 || rng.next() < Math.exp(-delta * invT)) this.accept();
        else this.kempe.undo();
        continue;
      }
      if (!this.roomOnly[m] && rng.next() < this.params.swapRate) {
        m2 = draw.pools[len][rng.int(draw.poolCount[len])];
        const o2 = M.meetOff[m2];
        s2 = state.meetSlot[m2];
        r2 = state.meetRoom[m2];
        if (o2 === o || s2 === s0) continue;
        if (!M.offSlotOk[o * S + s2] || !M.offSlotOk[o2 * S + s0]) continue;
        // A room-only pin keeps its meeting in its room, so such a meeting swaps times only.
        keepRooms = r2 === r0 || (this.roomPins && (M.meetPinRoom[m] >= 0 || M.meetPinRoom[m2] >= 0)) || rng.next() < 0.5;
        if (keepRooms) {
          if (M.roomFreeRun[r0 * S + s2] < len || M.roomFreeRun[r2 * S + s0] < len) continue;
        } else if (!M.offRoomOk[o * M.nRoom + r2] || !M.offRoomOk[o2 * M.nRoom + r0]) continue;
        if (this.delta) {
          const delta = this.delta.swap(m, m2, keepRooms, W);
          this.evaluated++;
          if (delta > 1e-9 && rng.next() >= Math.exp(-delta * invT)) continue;
          acceptedByDelta = true; // applied below, never undone
        }
        state.unplace(m);
        state.unplace(m2);
        if (keepRooms) {
          state.place(m, s2, r0);
          state.place(m2, s0, r2);
        } else {
          state.place(m, s2, r2);
          state.place(m2, s0, r0);
        }
      } else {
        let s = s0;
        let r = r0;
        if (this.roomOnly[m] || rng.next() < 0.1) {
          r = M.offRoomList[M.offRoomStart[o] + rng.int(M.offRoomStart[o + 1] - M.offRoomStart[o])];
        } else {
          const choices = slotStart[o + 1] - slotStart[o];
          if (choices === 0) continue;
          s = slotList[slotStart[o] + rng.int(choices)];
          const roomRule = rng.next();
          if (roomRule < this.params.bestRoomRate) r = this.cheapestRoom(o, s, r0);
          else if (roomRule >= this.params.bestRoomRate + this.params.keepRoomRate) {
            r = M.offRoomList[M.offRoomStart[o] + rng.int(M.offRoomStart[o + 1] - M.offRoomStart[o])];
          }
        }
        if (this.roomPins && M.meetPinRoom[m] >= 0) r = r0; // a room-only pin: the meeting moves in time, never out of its room
        if ((s === s0 && r === r0) || M.roomFreeRun[r * S + s] < len) continue;
        if (this.delta) {
          const delta = this.delta.move(m, s, r, W);
          this.evaluated++;
          if (delta > 1e-9 && rng.next() >= Math.exp(-delta * invT)) continue;
          acceptedByDelta = true;
        }
        state.unplace(m);
        state.place(m, s, r);
        s2 = s;
        r2 = r;
      }
      state.flush();
      if (acceptedByDelta) {
        this.accept();
        continue;
      }
      this.evaluated++;
      const delta = state.objective(W) - before;
      if (delta <= 1e-9 || rng.next() < Math.exp(-delta * invT)) {
        this.accept();
        continue;
      }
      // Rejected: undo.
      if (m2 >= 0) {
        state.unplace(m);
        state.unplace(m2);
        state.place(m, s0, r0);
        state.place(m2, s2, r2);
      } else {
        state.unplace(m);
        state.place(m, s0, r0);
      }
      state.flush();
    }
  }
}
