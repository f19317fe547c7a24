/**
 * Ruin and recreate (Schrimpf et al. 2000) as a large move inside the anneal: take out every
 * movable meeting of the offerings of one random group (a curriculum: 5-30 meetings on ITC-2007),
 * put them back one by one in random order, each at its cheapest (slot, room) given everything
 * else, and keep the result by the annealer's rule at the current temperature.
 *
 * Why: the walk chooses its basin between T ~3 and ~0.2 (bench/results/itc2007-what-was-tried.md),
 * by single moves, swaps and Kempe chains. A curriculum's lectures re-placed together can reach an
 * arrangement (its days, its blocks of adjacent periods) that single moves only pass through at a
 * cost. Its greedy recreate is a local quench of one curriculum, not an exact re-placement: late in
 * the search exact re-placement finds almost nothing (bench/results/exact-lns-2026-12-05.md); it is
 * meant for the middle of the schedule, where search.ts calls it.
 *
 * Works on any State (labs included: rooms must be free for the meeting's whole length; pinned
 * times and room-only pins are kept); nothing is allocated per step.
 */
import type { Rng } from "./rng";
import type { State } from "./state";

export class RuinRecreate {
  /** Offerings of each group: grpOffList[grpOffStart[g] .. grpOffStart[g + 1]). */
  private readonly grpOffStart: Int32Array;
  private readonly grpOffList: Int32Array;
  /** The meetings taken out by the current step, and where they were. */
  private readonly taken: Int32Array;
  private readonly oldSlot: Int32Array;
  private readonly oldRoom: Int32Array;
  tried = 0;
  kept = 0;

  /** slotMovable[m] = 1 for placed meetings whose slot may change (not pinned). */
  constructor(
    private readonly state: State,
    private readonly rng: Rng,
    private readonly hardWeight: number,
    private readonly slotMovable: Uint8Array,
  ) {
    const M = state.model;
    const count = new Int32Array(M.nGrp + 1);
    for (let i = 0; i < M.offGroupStart[M.nOff]; i++) count[M.offGroupList[i] + 1]++;
    for (let g = 0; g < M.nGrp; g++) count[g + 1] += count[g];
    this.grpOffStart = count.slice();
    this.grpOffList = new Int32Array(M.offGroupStart[M.nOff]);
    const fill = count.slice(0, M.nGrp);
    for (let o = 0; o < M.nOff; o++) {
      for (let i = M.offGroupStart[o]; i < M.offGroupStart[o + 1]; i++) this.grpOffList[fill[M.offGroupList[i]]++] = o;
    }
    this.taken = new Int32Array(M.nMeet);
    this.oldSlot = new Int32Array(M.nMeet);
    this.oldRoom = new Int32Array(M.nMeet);
  }

  /** One ruin and recreate at temperature t; true when the new arrangement is kept. */
  step(t: number): boolean {
    const state = this.state;
    const M = state.model;
    const rng = this.rng;
    if (M.nGrp === 0) return false;
    const g = rng.int(M.nGrp);
    let n = 0;
    // A group lists each of its offerings once, so no meeting is taken twice.
    for (let i = this.grpOffStart[g]; i < this.grpOffStart[g + 1]; i++) {
      const o = this.grpOffList[i];
      for (let m = M.offFirstMeet[o]; m < M.offFirstMeet[o + 1]; m++) if (this.slotMovable[m] && state.meetSlot[m] >= 0) this.taken[n++] = m;
    }
    if (n === 0) return false;
    this.tried++;
    const before = state.objective(this.hardWeight);
    // Shuffle while taking them out (Fisher-Yates), so the recreate order is random.
    for (let j = n - 1; j >= 0; j--) {
      const i = j > 0 ? rng.int(j + 1) : 0;
      const m = this.taken[i];
      this.taken[i] = this.taken[j];
      this.taken[j] = m;
      this.oldSlot[j] = state.meetSlot[m];
      this.oldRoom[j] = state.meetRoom[m];
      state.unplace(m);
    }
    state.flush();
    for (let j = 0; j < n; j++) this.placeCheapest(j);
    const delta = state.objective(this.hardWeight) - before;
    if (delta <= 1e-9 || rng.next() < Math.exp(-delta / t)) {
      this.kept++;
      return true;
    }
    for (let j = 0; j < n; j++) state.unplace(this.taken[j]);
    for (let j = 0; j < n; j++) state.place(this.taken[j], this.oldSlot[j], this.oldRoom[j]);
    state.flush();
    return false;
  }

  /**
   * Places the j-th meeting taken out at the (slot, room) with the lowest objective, ties broken at
   * random; where it was if no start slot has a room open (a room-only pin's room may be closed).
   */
  private placeCheapest(j: number): void {
    const state = this.state;
    const M = state.model;
    const m = this.taken[j];
    const o = M.meetOff[m];
    const pinnedRoom = M.meetPinRoom[m];
    let best = Infinity;
    let bestSlot = this.oldSlot[j];
    let bestRoom = this.oldRoom[j];
    let ties = 0;
    for (let i = M.offSlotStart[o]; i < M.offSlotStart[o + 1]; i++) {
      const s = M.offSlotList[i];
      // A room-only pin keeps the meeting in its room: only its time is chosen.
      const r = pinnedRoom >= 0 ? (M.roomFreeRun[pinnedRoom * M.slots + s] >= M.offLen[o] ? pinnedRoom : -1) : this.roomAt(o, s);
      if (r < 0) continue;
      state.place(m, s, r);
      state.flush();
      const cost = state.objective(this.hardWeight);
      state.unplace(m);
      state.flush();
      if (cost < best - 1e-9) {
        best = cost;
        bestSlot = s;
        bestRoom = r;
        ties = 1;
      } else if (cost <= best + 1e-9 && this.rng.int(++ties) === 0) {
        bestSlot = s;
        bestRoom = r;
      }
    }
    state.place(m, bestSlot, bestRoom);
    state.flush();
  }

  /**
   * Room for offering o at start slot s: the lowest capacity + stability cost among rooms free for
   * the whole meeting, else (all taken) the cheapest one with a clash, which the objective then
   * prices. -1 when no allowed room is open there.
   */
  private roomAt(o: number, s: number): number {
    const state = this.state;
    const M = state.model;
    const S = M.slots;
    const len = M.offLen[o];
    let best = -1;
    let bestCost = Infinity;
    for (let i = M.offRoomStart[o]; i < M.offRoomStart[o + 1]; i++) {
      const r = M.offRoomList[i];
      if (M.roomFreeRun[r * S + s] < len) continue;
      let cost = M.capCost[o * M.nRoom + r];
      for (let k = 0; k < len; k++) if (state.roomOcc[r * S + s + k] > 0) cost += this.hardWeight;
      if (state.offRoomCount[o * M.nRoom + r] === 0 && state.offRooms[o] > 0) cost += M.wRoomStability;
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    return best;
  }
}
