/**
 * Kempe-chain move (Lü & Hao 2010 use it for CB-CTT): take a meeting at start slot t1 and a start
 * slot t2, collect the connected set of meetings in the two windows [t1, t1 + L) and [t2, t2 + L)
 * (L = the meeting's length) that clash through a shared group or teacher, and exchange the two
 * windows for the whole set: every chain member shifts by t2 - t1 or back. Clash-free before means
 * clash-free after for groups and teachers, so it reaches timetables that single moves and swaps
 * can only reach through infeasible ones. With labs (multi-period meetings) a window holds a lab
 * and the lectures beside it; a conflicting meeting that sticks out of its window stops the chain.
 * Rooms follow their meetings; a meeting that lands on an occupied room is given the cheapest free one.
 */
import type { Model } from "./model";
import type { Rng } from "./rng";
import type { State } from "./state";

const MAX_CHAIN = 40;

export class KempeChains {
  private readonly state: State;
  private readonly M: Model;
  /** Single-period instances: conflict[o1 * nOff + o2] = 1 when the offerings share a teacher or a group. */
  private readonly conflict: Uint8Array;
  /** Multi-period instances: the offerings sharing a teacher or a group with o (o included), CSR. */
  private readonly conflictStart: Int32Array;
  private readonly conflictList: Int32Array;
  private readonly atFirst: Int32Array;
  private readonly atSecond: Int32Array;
  /** The chain prepare() built: its meetings and the start slot each moves to. */
  readonly chain: Int32Array;
  private readonly oldSlot: Int32Array;
  private readonly oldRoom: Int32Array;
  readonly newSlot: Int32Array;
  /** Length of each meeting (the scan over all meetings reads it without two lookups). */
  private readonly meetLen: Int32Array;
  private readonly inChain: Int32Array;
  private stamp = 0;
  /** Some room is closed at some time (never in ITC-2007): only then can a following room be closed. */
  private readonly closedRooms: boolean;
  chainLength = 0;

  /** Single-period instances of moderate size (the conflict matrix is nOff^2 bytes), any with labs. */
  static applies(M: Model): boolean {
    return M.maxLen > 1 || M.nOff <= 3000;
  }

  constructor(state: State) {
    this.state = state;
    const M = (this.M = state.model);
    const byGroup: number[][] = Array.from({ length: M.nGrp }, () => []);
    const byFaculty: number[][] = Array.from({ length: M.nFac }, () => []);
    for (let o = 0; o < M.nOff; o++) {
      for (let i = M.offGroupStart[o]; i < M.offGroupStart[o + 1]; i++) byGroup[M.offGroupList[i]].push(o);
      if (M.offFac[o] >= 0) byFaculty[M.offFac[o]].push(o);
    }
    if (M.maxLen === 1) {
      this.conflict = new Uint8Array(M.nOff * M.nOff);
      for (const members of [...byGroup, ...byFaculty]) {
        for (const a of members) for (const b of members) this.conflict[a * M.nOff + b] = 1;
      }
      this.conflictStart = this.conflictList = new Int32Array(0);
    } else {
      // With labs the chain follows lists of conflicting offerings rather than scanning every
      // meeting, so its cost does not grow with the size of the term.
      const lists: Set<number>[] = Array.from({ length: M.nOff }, () => new Set<number>());
      for (const members of [...byGroup, ...byFaculty]) for (const a of members) for (const b of members) lists[a].add(b);
      this.conflictStart = new Int32Array(M.nOff + 1);
      lists.forEach((l, o) => (this.conflictStart[o + 1] = this.conflictStart[o] + l.size));
      this.conflictList = Int32Array.from(lists.flatMap((l) => [...l]));
      this.conflict = new Uint8Array(0);
    }
    this.atFirst = new Int32Array(M.nMeet);
    this.atSecond = new Int32Array(M.nMeet);
    this.chain = new Int32Array(MAX_CHAIN);
    this.oldSlot = new Int32Array(MAX_CHAIN);
    this.oldRoom = new Int32Array(MAX_CHAIN);
    this.newSlot = new Int32Array(MAX_CHAIN);
    this.meetLen = Int32Array.from(M.meetOff, (o) => M.offLen[o]);
    this.inChain = new Int32Array(M.nMeet);
    this.closedRooms = M.roomClosed.includes(1);
    if (M.maxLen === 1) state.trackStarts();
  }

  /**
   * Builds the chain of meeting m (at its slot) with start slot t2 and applies the exchange.
   * Returns false (state unchanged) when the chain cannot move: a pinned meeting, a slot outside
   * some meeting's domain, windows that overlap, a conflicting meeting only partly inside a window,
   * or a chain longer than MAX_CHAIN.
   */
  apply(m: number, t2: number, movable: Uint8Array, rng: Rng, hardWeight: number): boolean {
    const n = this.prepare(m, t2, movable);
    if (n < 0) return false;
    this.applyPrepared(n, rng, hardWeight);
    return true;
  }

  /**
   * Builds the chain of meeting m with start slot t2 into `chain` / `newSlot` without changing the
   * state. Returns its length, or -1 when the chain cannot move (see apply()).
   */
  prepare(m: number, t2: number, movable: Uint8Array): number {
    const M = this.M;
    const st = this.state;
    const t1 = st.meetSlot[m];
    if (t1 === t2 || t1 < 0) return -1;
    const L = M.offLen[M.meetOff[m]];
    const shift = t2 - t1;
    if (Math.abs(shift) < L) return -1; // the windows overlap (a start on another day is >= periods away)
    const n = M.maxLen === 1 ? this.chainOfSlots(m, t1, t2) : this.chainOfWindows(m, t1, t2, L);
    if (n < 0) return -1;
    // Rooms follow their meetings: a room closed at the target would put the chain outside the domain.
    const checkRooms = this.closedRooms || M.maxLen > 1;
    for (let i = 0; i < n; i++) {
      const x = this.chain[i];
      const o = M.meetOff[x];
      const target = this.newSlot[i];
      if (!movable[x] || !M.offSlotOk[o * M.slots + target]) return -1;
      if (checkRooms && M.roomFreeRun[st.meetRoom[x] * M.slots + target] < M.offLen[o]) return -1;
    }
    return n;
  }

  /** Applies a chain built by prepare(): members move, and one that lands on a taken room gets the cheapest free one. */
  private applyPrepared(n: number, rng: Rng, hardWeight: number): void {
    const M = this.M;
    const st = this.state;
    this.lift(n);
    for (let i = 0; i < n; i++) st.place(this.chain[i], this.newSlot[i], this.oldRoom[i]);
    for (let i = 0; i < n; i++) {
      const x = this.chain[i];
      const s = st.meetSlot[x];
      const r = st.meetRoom[x];
      const len = M.offLen[M.meetOff[x]];
      if (this.roomBusy(r, s, len, 1) && M.meetPinRoom[x] < 0) {
        const better = this.freeRoom(M.meetOff[x], s, rng, hardWeight);
        if (better >= 0 && better !== r) {
          st.unplace(x);
          st.place(x, s, better);
        }
      }
    }
    st.flush();
    this.chainLength = n;
  }

  /** Takes the chain's n members off the timetable, remembering where they were (for undo()). */
  private lift(n: number): void {
    const st = this.state;
    for (let i = 0; i < n; i++) {
      const x = this.chain[i];
      this.oldSlot[i] = st.meetSlot[x];
      this.oldRoom[i] = st.meetRoom[x];
      st.unplace(x);
    }
  }

  /** Applies a chain built by prepare() with the rooms given per member (KempeDelta chose them). */
  applyWithRooms(n: number, rooms: Int32Array): void {
    const st = this.state;
    this.lift(n);
    for (let i = 0; i < n; i++) st.place(this.chain[i], this.newSlot[i], rooms[i]);
    st.flush();
    this.chainLength = n;
  }

  /**
   * Single-period chain: the meetings at t1 and t2 come from the state's per-slot bitsets, in
   * ascending id order (the order a scan over all meetings would give). Returns its length, -1 if too long.
   */
  private chainOfSlots(m: number, t1: number, t2: number): number {
    const M = this.M;
    const st = this.state;
    const nFirst = this.meetingsAt(t1, this.atFirst);
    const nSecond = this.meetingsAt(t2, this.atSecond);
    const stamp = ++this.stamp;
    let n = 0;
    this.chain[n] = m;
    this.newSlot[n++] = t2;
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
        if (n === MAX_CHAIN) return -1;
        this.inChain[y] = stamp;
        this.chain[n] = y;
        this.newSlot[n++] = fromFirst ? t1 : t2; // y makes room for x: it takes the slot x leaves
      }
    }
    return n;
  }

  /**
   * Chain of windows [t1, t1 + L) and [t2, t2 + L): each member pulls in the meetings of
   * conflicting offerings that touch the window it moves into. Returns the chain's length, or -1
   * when it is too long or a conflicting meeting is only partly inside its window.
   */
  private chainOfWindows(m: number, t1: number, t2: number, L: number): number {
    const M = this.M;
    const st = this.state;
    const shift = t2 - t1;
    const stamp = ++this.stamp;
    let n = 0;
    this.chain[n] = m;
    this.newSlot[n++] = t2;
    this.inChain[m] = stamp;
    for (let head = 0; head < n; head++) {
      const x = this.chain[head];
      const ox = M.meetOff[x];
      const window = this.newSlot[head] - st.meetSlot[x] === shift ? t2 : t1; // where x goes
      const back = window === t2 ? -shift : shift; // how members found there move
      for (let i = this.conflictStart[ox], e = this.conflictStart[ox + 1]; i < e; i++) {
        const oy = this.conflictList[i];
        for (let y = M.offFirstMeet[oy], ey = M.offFirstMeet[oy + 1]; y < ey; y++) {
          const sy = st.meetSlot[y];
          if (sy < 0 || this.inChain[y] === stamp || sy >= window + L || sy + this.meetLen[y] <= window) continue;
          if (n === MAX_CHAIN || sy < window || sy + this.meetLen[y] > window + L) return -1;
          this.inChain[y] = stamp;
          this.chain[n] = y;
          this.newSlot[n++] = sy + back;
        }
      }
    }
    return n;
  }

  /** Writes the meetings starting at slot s into `into`, ascending; returns how many. */
  private meetingsAt(s: number, into: Int32Array): number {
    const words = this.state.startWords;
    const bits = this.state.startBits;
    let n = 0;
    for (let w = 0, i = s * words; w < words; w++, i++) {
      let word = bits[i];
      while (word !== 0) {
        const low = word & -word;
        into[n++] = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
    return n;
  }

  /** Some period of [s, s + len) in room r has more than `others` occupants. */
  private roomBusy(r: number, s: number, len: number, others: number): boolean {
    const occ = this.state.roomOcc;
    const base = r * this.M.slots + s;
    for (let k = 0; k < len; k++) if (occ[base + k] > others) return true;
    return false;
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
    const len = M.offLen[o];
    const offset = rng.int(count);
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < count; i++) {
      const r = M.offRoomList[start + ((i + offset) % count)];
      if (M.roomFreeRun[r * M.slots + s] < len) continue;
      const cost = (this.roomBusy(r, s, len, 0) ? hardWeight : 0) + M.capCost[o * M.nRoom + r] + (st.offRoomCount[o * M.nRoom + r] === 0 ? M.wRoomStability : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    return best;
  }
}
