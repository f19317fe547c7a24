/**
 * Objective change of a single-period Kempe chain computed WITHOUT applying it, for the ITC-2007
 * shape (SingleDelta.applies). Most chains are rejected (about 88% at the cold end), and applying
 * then undoing one costs two place/unplace per member; this reads the state instead.
 *
 * Why it is exact: the chain is closed under conflicts, so for every group and teacher it touches,
 * all of its meetings at t1 and t2 are in the chain and their occupancy of the two slots simply
 * swaps; group and teacher clashes do not change, and the isolated-lecture cost changes only in the
 * cells next to t1 and t2. Rooms are chosen exactly as KempeChains.apply() chooses them (same order,
 * same random draws), on a copy of the two slots' room occupancy.
 * Used only while the state is clash-free and the search skips single-meeting rules (countAll off).
 */
import { isolatedChange as isolatedChangeAt } from "./day-cost";
import { NO_LIMIT, type Model } from "./model";
import { SingleDelta } from "./delta";
import type { KempeChains } from "./kempe";
import type { Rng } from "./rng";
import type { State } from "./state";

export class KempeDelta {
  private readonly state: State;
  private readonly M: Model;
  private readonly kempe: KempeChains;
  /** Room occupancy at t1 (first nRoom entries) and t2 (next nRoom) after the chain's moves. */
  private readonly roomAt: Int32Array;
  /** Room each chain member ends in (commit() applies them). */
  private readonly rooms: Int32Array;
  private readonly grpMark: Int32Array;
  private readonly offMark: Int32Array;
  /** Per offering in the chain: meetings moving from t1's day to t2's day, minus the reverse. */
  private readonly offNet: Int32Array;
  private readonly touchedOfferings: Int32Array;
  /** Offering-room counts changed while choosing rooms, to undo afterwards: (offering * nRoom + room, +1/-1). */
  private readonly roomCountCell: Int32Array;
  private readonly roomCountSign: Int8Array;
  private stamp = 0;
  private n = 0;

  static applies(M: Model): boolean {
    return SingleDelta.applies(M) && !M.roomClosed.includes(1) && M.facMaxDay.every((limit) => limit >= NO_LIMIT);
  }

  constructor(state: State, kempe: KempeChains) {
    this.state = state;
    this.M = state.model;
    this.kempe = kempe;
    const size = kempe.chain.length;
    this.roomAt = new Int32Array(2 * this.M.nRoom);
    this.rooms = new Int32Array(size);
    this.grpMark = new Int32Array(this.M.nGrp);
    this.offMark = new Int32Array(this.M.nOff);
    this.offNet = new Int32Array(this.M.nOff);
    this.touchedOfferings = new Int32Array(size); // a chain has at most `size` meetings, so as many offerings
    this.roomCountCell = new Int32Array(2 * size);
    this.roomCountSign = new Int8Array(2 * size);
  }

  /** True when evaluate() may be used on the current state. */
  usable(): boolean {
    return this.state.clash === 0 && !this.state.countAll;
  }

  /** Objective change (hardWeight * hard + soft) of the chain prepare() built, n members long. */
  evaluate(n: number, rng: Rng, W: number): number {
    this.n = n;
    const soft = this.roomsAndTheirCosts(n, rng, W);
    return soft + this.minDaysChange(n) + this.isolatedChange(n);
  }

  /** Applies the chain last evaluated. */
  commit(): void {
    this.kempe.applyWithRooms(this.n, this.rooms);
  }

  /**
   * Replays apply()'s room choice on a copy of the two slots' room occupancy and returns
   * W * (room clashes added) + the change in capacity, slot and room-stability costs.
   */
  private roomsAndTheirCosts(n: number, rng: Rng, W: number): number {
    const M = this.M;
    const st = this.state;
    const S = M.slots;
    const nRoom = M.nRoom;
    const { chain, newSlot } = this.kempe;
    const t1 = st.meetSlot[chain[0]];
    const at = this.roomAt;
    for (let r = 0; r < nRoom; r++) {
      at[r] = st.roomOcc[r * S + t1];
      at[nRoom + r] = st.roomOcc[r * S + newSlot[0]];
    }
    let soft = 0;
    for (let i = 0; i < n; i++) {
      const x = chain[i];
      const o = M.meetOff[x];
      const r = st.meetRoom[x];
      const from = st.meetSlot[x] === t1 ? 0 : nRoom;
      at[from + r]--;
      at[nRoom - from + r]++;
      this.rooms[i] = r;
      soft += M.slotCost[o * S + newSlot[i]] - M.slotCost[o * S + st.meetSlot[x]];
    }
    let changes = 0;
    for (let i = 0; i < n; i++) {
      const x = chain[i];
      const r = this.rooms[i];
      const side = newSlot[i] === t1 ? 0 : nRoom;
      if (at[side + r] <= 1 || M.meetPinRoom[x] >= 0) continue;
      const o = M.meetOff[x];
      const better = this.freeRoom(o, newSlot[i], side, rng, W);
      if (better < 0 || better === r) continue;
      at[side + r]--;
      at[side + better]++;
      this.rooms[i] = better;
      soft += M.capCost[o * nRoom + better] - M.capCost[o * nRoom + r];
      // Room stability as State.unplace/place count it, on the live counts (undone below).
      const rc = st.offRoomCount;
      if (--rc[o * nRoom + r] === 0 && --st.offRooms[o] > 0) soft -= M.wRoomStability;
      if (rc[o * nRoom + better]++ === 0 && st.offRooms[o]++ > 0) soft += M.wRoomStability;
      this.roomCountCell[changes] = o * nRoom + r;
      this.roomCountSign[changes++] = -1;
      this.roomCountCell[changes] = o * nRoom + better;
      this.roomCountSign[changes++] = 1;
    }
    for (let k = changes - 1; k >= 0; k--) {
      const cell = this.roomCountCell[k];
      const o = (cell / nRoom) | 0;
      if (this.roomCountSign[k] > 0) {
        if (--st.offRoomCount[cell] === 0) st.offRooms[o]--;
      } else if (st.offRoomCount[cell]++ === 0) st.offRooms[o]++;
    }
    let clashes = 0;
    for (let k = 0; k < 2 * nRoom; k++) if (at[k] > 1) clashes += at[k] - 1;
    return W * clashes + soft;
  }

  /** KempeChains.freeRoom on the copied occupancy (same scan, same single random draw). */
  private freeRoom(o: number, s: number, side: number, rng: Rng, W: number): number {
    const M = this.M;
    const start = M.offRoomStart[o];
    const count = M.offRoomStart[o + 1] - start;
    const offset = rng.int(count);
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < count; i++) {
      const r = M.offRoomList[start + ((i + offset) % count)];
      if (M.roomFreeRun[r * M.slots + s] < 1) continue;
      const cost = (this.roomAt[side + r] > 0 ? W : 0) + M.capCost[o * M.nRoom + r] + (this.state.offRoomCount[o * M.nRoom + r] === 0 ? M.wRoomStability : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    return best;
  }

  /** Change in the minimum-working-days cost: each offering's meetings move between two days. */
  private minDaysChange(n: number): number {
    const M = this.M;
    const st = this.state;
    const { chain, newSlot } = this.kempe;
    const t1 = st.meetSlot[chain[0]];
    const d1 = (t1 / M.periods) | 0;
    const d2 = (newSlot[0] / M.periods) | 0;
    if (d1 === d2 || M.wMinDays === 0) return 0;
    const stamp = ++this.stamp;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const o = M.meetOff[chain[i]];
      if (this.offMark[o] !== stamp) {
        this.offMark[o] = stamp;
        this.offNet[o] = 0;
        this.touchedOfferings[count++] = o;
      }
      this.offNet[o] += newSlot[i] === t1 ? -1 : 1;
    }
    let change = 0;
    for (let k = 0; k < count; k++) {
      const o = this.touchedOfferings[k];
      const net = this.offNet[o];
      if (net === 0) continue;
      const c1 = st.offDayCount[o * M.days + d1];
      const c2 = st.offDayCount[o * M.days + d2];
      const have = st.offDays[o];
      const after = have - (c1 > 0 && c1 - net === 0 ? 1 : 0) + (c2 === 0 && c2 + net > 0 ? 1 : 0) - (c2 > 0 && c2 + net === 0 ? 1 : 0) + (c1 === 0 && c1 - net > 0 ? 1 : 0);
      const need = M.offMinDays[o];
      change += M.wMinDays * (Math.max(0, need - after) - Math.max(0, need - have));
    }
    return change;
  }

  /**
   * Change in the isolated-lecture cost of the groups the chain touches. In a clash-free state a
   * group whose two cells differ has one lecture, which moves from one cell to the other: scored as
   * a removal then an addition, as SingleDelta scores a move.
   */
  private isolatedChange(n: number): number {
    const M = this.M;
    if (M.wIsolated === 0) return 0;
    const st = this.state;
    const occ = st.grpOcc;
    const P = M.periods;
    const { chain, newSlot } = this.kempe;
    const t1 = st.meetSlot[chain[0]];
    const t2 = newSlot[0];
    const stamp = ++this.stamp;
    let change = 0;
    for (let i = 0; i < n; i++) {
      const o = M.meetOff[chain[i]];
      for (let j = M.offGroupStart[o], e = M.offGroupStart[o + 1]; j < e; j++) {
        const g = M.offGroupList[j];
        if (this.grpMark[g] === stamp || !M.grpCompact[g]) continue;
        this.grpMark[g] = stamp;
        const base = g * M.slots;
        if (occ[base + t1] === occ[base + t2]) continue;
        const from = occ[base + t1] > 0 ? t1 : t2;
        const to = from === t1 ? t2 : t1;
        change += isolatedChangeAt(occ, M.boundaryAfter, base + from, from % P, -1);
        occ[base + from]--;
        change += isolatedChangeAt(occ, M.boundaryAfter, base + to, to % P, 1);
        occ[base + from]++;
      }
    }
    return M.wIsolated * change;
  }
}
