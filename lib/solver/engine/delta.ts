/**
 * Objective change of a move or swap computed WITHOUT applying it, for the ITC-2007 shape
 * (single-period meetings; only roomCapacity, minDays, isolated, roomStability and the slot costs
 * weighted). Most annealing candidates are rejected, so skipping apply + undo roughly halves the
 * work per iteration. Other instance shapes use apply/undo in the annealer; both are tested
 * against evaluate().
 * Candidates are the search's: a start slot in the offering's domain, a room of its type that is
 * open then, pins kept. The delta is exact for those from any state, and for any candidate at all
 * once some placed meeting breaks a rule of its own (State.meetHard > 0).
 */
import { isolatedChange } from "./day-cost";
import type { Model } from "./model";
import type { State } from "./state";

export class SingleDelta {
  private readonly state: State;
  private readonly M: Model;
  /** Per group: equals `stamp` when the group contains both meetings of the current swap. */
  private readonly groupStamp: Int32Array;
  private stamp = 0;
  /**
   * Set by the annealer when a candidate that adds a hard violation to a clash-free state cannot be
   * accepted at the current temperature (hardWeight / T large): such a candidate is then scored
   * only as far as its first clash (a whole number of hard violations, at least one), and `rejected` is set.
   */
  rejectHard = false;
  rejected = false;

  constructor(state: State) {
    this.state = state;
    this.M = state.model;
    this.groupStamp = new Int32Array(this.M.nGrp);
  }

  /** True when the model has the shape this class handles. */
  static applies(M: Model): boolean {
    const w = M.input.weights;
    // The change cost of a repair is not modelled here: such a search applies and scores each candidate.
    return !M.changeOn && M.maxLen === 1 && w.gaps === 0 && w.dailyBalance === 0 && w.backToBack === 0 && (w.isolated === 0 || M.isolatedOnlySingle);
  }

  move(m: number, s1: number, r1: number, hardWeight: number): number {
    this.stamp++; // no shared groups
    this.rejected = false;
    return this.part(m, s1, r1, hardWeight, false, false);
  }

  /**
   * Swap of m1 and m2 (different offerings): m1 to (s2, r1new), m2 to (s1, r2new). Resources both
   * meetings use (a shared group, the same teacher, an exchanged room) see no change at all, and
   * what remains are two independent single moves.
   */
  swap(m1: number, m2: number, keepRooms: boolean, hardWeight: number): number {
    const M = this.M;
    const st = this.state;
    const o1 = M.meetOff[m1];
    const o2 = M.meetOff[m2];
    const s1 = st.meetSlot[m1];
    const s2 = st.meetSlot[m2];
    const r1 = st.meetRoom[m1];
    const r2 = st.meetRoom[m2];
    const ofFirst = ++this.stamp;
    for (let i = M.offGroupStart[o1], e = M.offGroupStart[o1 + 1]; i < e; i++) this.groupStamp[M.offGroupList[i]] = ofFirst;
    const shared = ++this.stamp; // part() skips groups carrying the current stamp
    for (let i = M.offGroupStart[o2], e = M.offGroupStart[o2 + 1]; i < e; i++) {
      const g = M.offGroupList[i];
      if (this.groupStamp[g] === ofFirst) this.groupStamp[g] = shared;
    }
    const sameFaculty = M.offFac[o1] === M.offFac[o2];
    const skipRoom = !keepRooms || r1 === r2;
    this.rejected = false;
    const first = this.part(m1, s2, keepRooms ? r1 : r2, hardWeight, sameFaculty, skipRoom);
    if (this.rejected) return first;
    return first + this.part(m2, s1, keepRooms ? r2 : r1, hardWeight, sameFaculty, skipRoom);
  }

  private part(m: number, s1: number, r1: number, W: number, skipFaculty: boolean, skipRoomClash: boolean): number {
    const M = this.M;
    const st = this.state;
    const S = M.slots;
    const P = M.periods;
    const o = M.meetOff[m];
    const s0 = st.meetSlot[m];
    const r0 = st.meetRoom[m];
    const d0 = (s0 / P) | 0;
    const d1 = (s1 / P) | 0;
    // Rules of the meeting alone. Leaving a violation (a timetable placed by hand) is a gain. While
    // no placed meeting breaks one (meetHard 0, the usual search), a candidate cannot either (see
    // the class comment), and the reads are skipped: this runs millions of times per second.
    let hard = st.meetHard === 0 ? 0 : st.meetingHard(m, s1, r1) - st.meetHardNow[m];
    // From a clash-free state hard can only rise, and a candidate that adds a clash is rejected
    // whatever its soft gain when rejectHard is set: it is scored only as far as its first clash
    // (most candidates are rejected here, mostly on an occupied room).
    const cut = this.rejectHard && st.movableHard === 0;
    if (!skipRoomClash && (r0 !== r1 || s0 !== s1)) {
      if (st.roomOcc[r0 * S + s0] > 1) hard--;
      if (st.roomOcc[r1 * S + s1] > 0) hard++;
      if (hard > 0 && cut) return this.reject(W, hard);
    }
    let soft = M.capCost[o * M.nRoom + r1] - M.capCost[o * M.nRoom + r0] + M.slotCost[o * S + s1] - M.slotCost[o * S + s0];
    if (s0 !== s1) {
      const f = M.offFac[o];
      if (f >= 0 && !skipFaculty) {
        if (st.facOcc[f * S + s0] > 1) hard--;
        if (st.facOcc[f * S + s1] > 0) hard++;
        if (d0 !== d1) {
          const max = M.facMaxDay[f];
          const l0 = st.facDayLoad[f * M.days + d0];
          const l1 = st.facDayLoad[f * M.days + d1];
          if (l0 > max) hard--;
          if (l1 >= max) hard++;
        }
        if (hard > 0 && cut) return this.reject(W, hard);
      }
      const occ = st.grpOcc;
      const gStart = M.offGroupStart[o];
      const gEnd = M.offGroupStart[o + 1];
      for (let i = gStart; i < gEnd; i++) {
        const g = M.offGroupList[i];
        if (this.groupStamp[g] === this.stamp) continue;
        if (occ[g * S + s0] > 1) hard--;
        if (occ[g * S + s1] > 0) hard++;
      }
      if (hard > 0 && cut) return this.reject(W, hard);
      const wIso = M.wIsolated;
      if (wIso > 0) {
        const p0 = s0 - d0 * P;
        const p1 = s1 - d1 * P;
        for (let i = gStart; i < gEnd; i++) {
          const g = M.offGroupList[i];
          if (this.groupStamp[g] === this.stamp || !M.grpCompact[g]) continue;
          const c0 = g * S + s0;
          const c1 = g * S + s1;
          // Remove first, then add on the state without the meeting (they may be neighbours).
          let change = isolatedChange(occ, M.boundaryAfter, c0, p0, -1);
          occ[c0]--;
          change += isolatedChange(occ, M.boundaryAfter, c1, p1, 1);
          occ[c0]++;
          soft += wIso * change;
        }
      }
      if (d0 !== d1 && M.wMinDays > 0) {
        const dc = st.offDayCount;
        const have = st.offDays[o];
        const after = have - (dc[o * M.days + d0] === 1 ? 1 : 0) + (dc[o * M.days + d1] === 0 ? 1 : 0);
        const need = M.offMinDays[o];
        soft += M.wMinDays * (Math.max(0, need - after) - Math.max(0, need - have));
      }
    }
    if (r0 !== r1 && M.wRoomStability > 0) {
      const rc = st.offRoomCount;
      const have = st.offRooms[o];
      const after = have - (rc[o * M.nRoom + r0] === 1 ? 1 : 0) + (rc[o * M.nRoom + r1] === 0 ? 1 : 0);
      soft += M.wRoomStability * (Math.max(0, after - 1) - Math.max(0, have - 1));
    }
    return W * hard + soft;
  }

  /** A candidate cut short at its first clash (see `rejectHard`): at least hardWeight, never accepted. */
  private reject(W: number, hard: number): number {
    this.rejected = true;
    return W * hard;
  }
}
