/**
 * Kempe-chain move for single-period instances (Lü & Hao 2010 use it for CB-CTT): take a meeting
 * at slot t1 and a slot t2, collect the connected set of meetings at t1 and t2 that clash through
 * a shared group or teacher, and exchange the two slots for the whole set. Clash-free before means
 * clash-free after for groups and teachers, so it reaches timetables that single moves and swaps
 * can only reach through infeasible ones. Rooms follow their meetings; a meeting that lands on an
 * occupied room is given the cheapest free one.
 */
import type { Model } from "./model";
import type { Rng } from "./rng";
import type { State } from "./state";

const MAX_CHAIN = 40;

export class KempeChains {
  private readonly state: State;
  private readonly M: Model;
  /** conflict[o1 * nOff + o2] = 1 when the offerings share a teacher or a group. */
  private readonly conflict: Uint8Array;
  private readonly atFirst: Int32Array;
  private readonly atSecond: Int32Array;
  private readonly chain: Int32Array;
  private readonly oldSlot: Int32Array;
  private readonly oldRoom: Int32Array;
  private readonly inChain: Int32Array;
  private stamp = 0;
  /** Some room is closed at some time (never in ITC-2007): only then can a following room be closed. */
  private readonly closedRooms: boolean;
  chainLength = 0;

  /** Only single-period instances of moderate size: the conflict matrix is nOff^2 bytes. */
  static applies(M: Model): boolean {
    return M.maxLen === 1 && M.nOff <= 3000;
  }

  constructor(state: State) {
    this.state = state;
    const M = (this.M = state.model);
    this.conflict = new Uint8Array(M.nOff * M.nOff);
    const byGroup: number[][] = Array.from({ length: M.nGrp }, () => []);
    const byFaculty: number[][] = Array.from({ length: M.nFac }, () => []);
    for (let o = 0; o < M.nOff; o++) {
      for (let i = M.offGroupStart[o]; i < M.offGroupStart[o + 1]; i++) byGroup[M.offGroupList[i]].push(o);
      if (M.offFac[o] >= 0) byFaculty[M.offFac[o]].push(o);
    }
    for (const members of [...byGroup, ...byFaculty]) {
      for (const a of members) for (const b of members) this.conflict[a * M.nOff + b] = 1;
    }
    this.atFirst = new Int32Array(M.nMeet);
    this.atSecond = new Int32Array(M.nMeet);
    this.chain = new Int32Array(MAX_CHAIN);
    this.oldSlot = new Int32Array(MAX_CHAIN);
    this.oldRoom = new Int32Array(MAX_CHAIN);
    this.inChain = new Int32Array(M.nMeet);
    this.closedRooms = M.roomClosed.includes(1);
  }

  /**
   * Builds the chain of meeting m (at its slot) with slot t2 and applies the exchange.
   * Returns false (state unchanged) when the chain cannot move: a pinned meeting, a slot outside
   * some meeting's domain, or a chain longer than MAX_CHAIN.
   */
  apply(m: number, t2: number, movable: Uint8Array, rng: Rng, hardWeight: number): boolean {
    const M = this.M;
    const st = this.state;
    const t1 = st.meetSlot[m];
    if (t1 === t2 || t1 < 0) return false;
    let nFirst = 0;
    let nSecond = 0;
    for (let x = 0; x < M.nMeet; x++) {
      const s = st.meetSlot[x];
      if (s === t1) this.atFirst[nFirst++] = x;
      else if (s === t2) this.atSecond[nSecond++] = x;
    }
    const stamp = ++this.stamp;
    let n = 0;
    this.chain[n++] = m;
    this.inChain[m] = stamp;
    for (let head = 0; head < n; head++) {
      const x = this.chain[head];
      const ox = M.meetOff[x];
      const fromFirst = st.meetSlot[x] === t1;
      const others = fromFirst ? this.atSecond : this.atFirst;
      const nOthers = fromFirst ? nSecond : nFirst;
      for (let i = 0; i < nOthers; i++) {
        const y = others[i];
        if (this.inChain[y] === stamp || !this.conflict[ox * M.nOff + M.meetOff[y]]) continue;
        if (n === MAX_CHAIN) return false;
        this.inChain[y] = stamp;
        this.chain[n++] = y;
      }
    }
    for (let i = 0; i < n; i++) {
      const x = this.chain[i];
      const target = st.meetSlot[x] === t1 ? t2 : t1;
      if (!movable[x] || !M.offSlotOk[M.meetOff[x] * M.slots + target]) return false;
      // Rooms follow their meetings: a room closed at the target would put the chain outside the domain.
      if (this.closedRooms && M.roomFreeRun[st.meetRoom[x] * M.slots + target] < 1) return false;
    }
    for (let i = 0; i < n; i++) {
      const x = this.chain[i];
      this.oldSlot[i] = st.meetSlot[x];
      this.oldRoom[i] = st.meetRoom[x];
      st.unplace(x);
    }
    for (let i = 0; i < n; i++) st.place(this.chain[i], this.oldSlot[i] === t1 ? t2 : t1, this.oldRoom[i]);
    for (let i = 0; i < n; i++) {
      const x = this.chain[i];
      const s = st.meetSlot[x];
      const r = st.meetRoom[x];
      if (st.roomOcc[r * M.slots + s] > 1 && M.meetPinRoom[x] < 0) {
        const better = this.freeRoom(M.meetOff[x], s, rng, hardWeight);
        if (better >= 0 && better !== r) {
          st.unplace(x);
          st.place(x, s, better);
        }
      }
    }
    st.flush();
    this.chainLength = n;
    return true;
  }

  /** Puts every meeting of the last applied chain back. */
  undo(): void {
    const st = this.state;
    for (let i = 0; i < this.chainLength; i++) st.unplace(this.chain[i]);
    for (let i = 0; i < this.chainLength; i++) st.place(this.chain[i], this.oldSlot[i], this.oldRoom[i]);
    st.flush();
  }

  private freeRoom(o: number, s: number, rng: Rng, hardWeight: number): number {
    const M = this.M;
    const st = this.state;
    const start = M.offRoomStart[o];
    const count = M.offRoomStart[o + 1] - start;
    const offset = rng.int(count);
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < count; i++) {
      const r = M.offRoomList[start + ((i + offset) % count)];
      if (M.roomFreeRun[r * M.slots + s] < 1) continue;
      const cost = (st.roomOcc[r * M.slots + s] > 0 ? hardWeight : 0) + M.capCost[o * M.nRoom + r] + (st.offRoomCount[o * M.nRoom + r] === 0 ? M.wRoomStability : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    return best;
  }
}
