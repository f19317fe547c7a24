/**
 * Incremental solution state. place()/unplace() update occupancy tables and the cost totals in
 * O(meeting length x groups); costs that depend on a whole group-day or faculty-day (isolated,
 * gaps, daily balance, back-to-back) are marked dirty and recomputed once per move by flush(), so
 * a move that leaves and re-enters the same day costs one recomputation, not two (the rules
 * themselves are in day-cost.ts).
 * Nothing here allocates after construction: the search loop calls these millions of times.
 */
import { backToBackPairs, groupDayCost, isolatedChange } from "./day-cost";
import { NO_LIMIT, type Model } from "./model";

export class State {
  readonly model: Model;
  readonly meetSlot: Int32Array;
  readonly meetRoom: Int32Array;

  readonly roomOcc: Uint16Array;
  readonly facOcc: Uint16Array;
  private readonly facStart: Uint16Array;
  private readonly facEnd: Uint16Array;
  readonly grpOcc: Uint16Array;
  readonly grpStartLen: Uint16Array;
  private readonly grpDayCost: Float64Array;
  readonly facDayLoad: Int32Array;
  readonly facDayPairs: Int32Array;
  readonly offDayCount: Uint16Array;
  readonly offDays: Int32Array;
  readonly offRoomCount: Uint16Array;
  readonly offRooms: Int32Array;

  private readonly dirtyGrpDay: Int32Array;
  private readonly grpDayMark: Uint8Array;
  private nDirtyGrp = 0;
  private readonly dirtyFacDay: Int32Array;
  private readonly facDayMark: Uint8Array;
  private nDirtyFac = 0;

  /** Extra occupants of room, faculty and group slots (same unit as evaluate()). */
  clash = 0;
  /** Teaching periods above faculty daily limits. */
  overDay = 0;
  /** Hard violations of single meetings: room type, unavailability, broken pins (see meetingHard). */
  meetHard = 0;
  /** meetingHard() of each placed meeting at its position, so removing it needs no recount. */
  readonly meetHardNow: Uint8Array;
  /** Teaching periods above faculty weekly limits (no move changes it; counted so `hard` is complete). */
  overWeek = 0;
  /** Weekly teaching periods per faculty member, kept only for those with a weekly limit. */
  readonly facWeekLoad: Int32Array;
  /**
   * Whether place()/unplace() update meetHard and overWeek. True except inside a search that
   * started without any single-meeting violation (search.ts): every candidate it tries lies in the
   * domain and keeps the pins, and no move changes the set of placed meetings, so both counts stay
   * what they were; skipping them keeps the search loop as fast as before they were counted.
   */
  countAll = true;
  /** Weighted soft cost. */
  soft = 0;
  /** Meetings without a position (only those with an empty domain stay so). */
  unplaced: number;
  /**
   * Per start slot, a bitset of the meetings that start there: row s is words
   * [s * startWords, (s + 1) * startWords). Kept only after trackStarts() (Kempe chains on
   * single-period instances read a slot's meetings from it instead of scanning every meeting).
   */
  startBits = new Int32Array(0);
  startWords = 0;

  constructor(model: Model) {
    this.model = model;
    const { nMeet, nRoom, nFac, nGrp, nOff, slots, days, maxLen } = model;
    this.meetSlot = new Int32Array(nMeet).fill(-1);
    this.meetRoom = new Int32Array(nMeet).fill(-1);
    this.roomOcc = new Uint16Array(nRoom * slots);
    this.facOcc = new Uint16Array(nFac * slots);
    this.facStart = new Uint16Array(nFac * slots);
    this.facEnd = new Uint16Array(nFac * slots);
    this.grpOcc = new Uint16Array(nGrp * slots + 1);
    this.grpStartLen = new Uint16Array(nGrp * slots * maxLen);
    this.grpDayCost = new Float64Array(nGrp * days);
    this.facDayLoad = new Int32Array(nFac * days);
    this.facDayPairs = new Int32Array(nFac * days);
    this.facWeekLoad = new Int32Array(nFac);
    this.meetHardNow = new Uint8Array(nMeet);
    this.offDayCount = new Uint16Array(nOff * days);
    this.offDays = new Int32Array(nOff);
    this.offRoomCount = new Uint16Array(nOff * nRoom);
    this.offRooms = new Int32Array(nOff);
    this.dirtyGrpDay = new Int32Array(nGrp * days);
    this.grpDayMark = new Uint8Array(nGrp * days);
    this.dirtyFacDay = new Int32Array(nFac * days);
    this.facDayMark = new Uint8Array(nFac * days);
    this.unplaced = nMeet;
    // minDays is owed in full while nothing is placed.
    for (let o = 0; o < nOff; o++) this.soft += model.wMinDays * Math.max(0, model.offMinDays[o]);
  }

  /** Every hard violation, in evaluate()'s units: hard === evaluate(...).hard. */
  get hard(): number {
    return this.movableHard + this.overWeek + this.unplaced;
  }

  /** Hard violations that moving meetings can change: clashes, daily limits, single-meeting rules. */
  get movableHard(): number {
    return this.clash + this.overDay + this.meetHard;
  }

  /** Search objective: hard violations dominate through `hardWeight`. */
  objective(hardWeight: number): number {
    return hardWeight * this.movableHard + this.soft;
  }

  /**
   * Hard violations of meeting m at (s, r) by itself, as evaluate() counts them: periods in which
   * its teacher, the offering or the room is unavailable, a room of the wrong type, a broken pin.
   * The search's own proposals never have any (they are its domain); a hand-placed meeting may.
   */
  meetingHard(m: number, s: number, r: number): number {
    const M = this.model;
    const o = M.meetOff[m];
    const S = M.slots;
    const len = M.offLen[o];
    let n = M.offSlotHard[o * S + s] + 1 - M.offRoomOk[o * M.nRoom + r];
    if (M.roomFreeRun[r * S + s] < len) for (let k = 0; k < len; k++) n += M.roomClosed[r * S + s + k];
    if (M.meetPinAny[m]) {
      const pinSlot = M.meetPinSlot[m];
      const pinRoom = M.meetPinRoom[m];
      if (M.meetPinNowhere[m] || (pinSlot >= 0 && pinSlot !== s) || (pinRoom >= 0 && pinRoom !== r)) n++;
    }
    return n;
  }

  /** Adds (sign 1) or removes (sign -1) meeting m's own rules and its share of its teacher's week. */
  private countOwnRules(m: number, s: number, r: number, sign: 1 | -1): void {
    const M = this.model;
    const o = M.meetOff[m];
    const f = M.offFac[o];
    if (f >= 0 && M.facMaxWeek[f] !== NO_LIMIT) {
      const max = M.facMaxWeek[f];
      const before = this.facWeekLoad[f];
      const after = before + sign * M.offLen[o];
      this.facWeekLoad[f] = after;
      this.overWeek += Math.max(0, after - max) - Math.max(0, before - max);
    }
    if (sign === 1) {
      const own = this.meetingHard(m, s, r);
      this.meetHardNow[m] = own;
      this.meetHard += own;
    } else {
      this.meetHard -= this.meetHardNow[m];
    }
  }

  /** Starts keeping startBits, from the current placements on. */
  trackStarts(): void {
    const { nMeet, slots } = this.model;
    this.startWords = (nMeet + 31) >>> 5;
    this.startBits = new Int32Array(slots * this.startWords);
    for (let m = 0; m < nMeet; m++) {
      const s = this.meetSlot[m];
      if (s >= 0) this.startBits[s * this.startWords + (m >>> 5)] |= 1 << (m & 31);
    }
  }

  place(m: number, s: number, r: number): void {
    const M = this.model;
    const o = M.meetOff[m];
    const len = M.offLen[o];
    const S = M.slots;
    const d = (s / M.periods) | 0;
    this.meetSlot[m] = s;
    this.meetRoom[m] = r;
    this.unplaced--;
    if (this.startWords > 0) this.startBits[s * this.startWords + (m >>> 5)] |= 1 << (m & 31);
    if (this.countAll) this.countOwnRules(m, s, r, 1);
    for (let k = 0, c = r * S + s; k < len; k++, c++) if (this.roomOcc[c]++ > 0) this.clash++;
    const f = M.offFac[o];
    if (f >= 0) {
      for (let k = 0, c = f * S + s; k < len; k++, c++) if (this.facOcc[c]++ > 0) this.clash++;
      const fd = f * M.days + d;
      const max = M.facMaxDay[f];
      const before = this.facDayLoad[fd];
      this.facDayLoad[fd] = before + len;
      if (before + len > max) this.overDay += before + len - Math.max(before, max);
      if (M.facAvoidB2B[f]) {
        this.facStart[f * S + s]++;
        this.facEnd[f * S + s + len - 1]++;
        this.markFacDay(fd);
      }
    }
    const soft = M.groupSoftOn;
    const single = M.isolatedOnlySingle;
    for (let i = M.offGroupStart[o], e = M.offGroupStart[o + 1]; i < e; i++) {
      const g = M.offGroupList[i];
      if (single) {
        if (M.grpCompact[g]) this.soft += M.wIsolated * isolatedChange(this.grpOcc, M.boundaryAfter, g * S + s, s - d * M.periods, 1);
        if (this.grpOcc[g * S + s]++ > 0) this.clash++;
        continue;
      }
      for (let k = 0, c = g * S + s; k < len; k++, c++) if (this.grpOcc[c]++ > 0) this.clash++;
      if (soft && M.grpCompact[g]) {
        this.grpStartLen[(g * S + s) * M.maxLen + len - 1]++;
        this.markGrpDay(g * M.days + d);
      }
    }
    if (this.offDayCount[o * M.days + d]++ === 0) {
      const have = this.offDays[o]++;
      if (have < M.offMinDays[o]) this.soft -= M.wMinDays;
    }
    if (this.offRoomCount[o * M.nRoom + r]++ === 0) {
      if (this.offRooms[o]++ > 0) this.soft += M.wRoomStability;
    }
    this.soft += M.capCost[o * M.nRoom + r] + M.slotCost[o * S + s];
    if (M.changeOn) this.soft += this.changeCost(m, s, r);
  }

  /** Minimal-change repair: what meeting m at (s, r) costs against the reference timetable (model.ts). */
  changeCost(m: number, s: number, r: number): number {
    const M = this.model;
    const refSlot = M.meetRefSlot[m];
    if (refSlot < 0) return 0;
    if (s !== refSlot) return M.meetMovedCost[m];
    return r !== M.meetRefRoom[m] ? M.meetRoomCost[m] : 0;
  }

  unplace(m: number): void {
    const M = this.model;
    const o = M.meetOff[m];
    const len = M.offLen[o];
    const S = M.slots;
    const s = this.meetSlot[m];
    const r = this.meetRoom[m];
    const d = (s / M.periods) | 0;
    if (this.countAll) this.countOwnRules(m, s, r, -1);
    if (this.startWords > 0) this.startBits[s * this.startWords + (m >>> 5)] &= ~(1 << (m & 31));
    this.meetSlot[m] = -1;
    this.meetRoom[m] = -1;
    this.unplaced++;
    for (let k = 0, c = r * S + s; k < len; k++, c++) if (--this.roomOcc[c] > 0) this.clash--;
    const f = M.offFac[o];
    if (f >= 0) {
      for (let k = 0, c = f * S + s; k < len; k++, c++) if (--this.facOcc[c] > 0) this.clash--;
      const fd = f * M.days + d;
      const max = M.facMaxDay[f];
      const before = this.facDayLoad[fd];
      this.facDayLoad[fd] = before - len;
      if (before > max) this.overDay -= before - Math.max(before - len, max);
      if (M.facAvoidB2B[f]) {
        this.facStart[f * S + s]--;
        this.facEnd[f * S + s + len - 1]--;
        this.markFacDay(fd);
      }
    }
    const soft = M.groupSoftOn;
    const single = M.isolatedOnlySingle;
    for (let i = M.offGroupStart[o], e = M.offGroupStart[o + 1]; i < e; i++) {
      const g = M.offGroupList[i];
      if (single) {
        if (M.grpCompact[g]) this.soft += M.wIsolated * isolatedChange(this.grpOcc, M.boundaryAfter, g * S + s, s - d * M.periods, -1);
        if (--this.grpOcc[g * S + s] > 0) this.clash--;
        continue;
      }
      for (let k = 0, c = g * S + s; k < len; k++, c++) if (--this.grpOcc[c] > 0) this.clash--;
      if (soft && M.grpCompact[g]) {
        this.grpStartLen[(g * S + s) * M.maxLen + len - 1]--;
        this.markGrpDay(g * M.days + d);
      }
    }
    if (--this.offDayCount[o * M.days + d] === 0) {
      const have = --this.offDays[o];
      if (have < M.offMinDays[o]) this.soft += M.wMinDays;
    }
    if (--this.offRoomCount[o * M.nRoom + r] === 0) {
      if (--this.offRooms[o] > 0) this.soft -= M.wRoomStability;
    }
    this.soft -= M.capCost[o * M.nRoom + r] + M.slotCost[o * S + s];
    if (M.changeOn) this.soft -= this.changeCost(m, s, r);
  }

  /** Recomputes the day-level costs touched since the last flush. */
  flush(): void {
    for (let i = 0; i < this.nDirtyGrp; i++) {
      const gd = this.dirtyGrpDay[i];
      this.grpDayMark[gd] = 0;
      const cost = groupDayCost(this.model, this.grpOcc, this.grpStartLen, gd);
      this.soft += cost - this.grpDayCost[gd];
      this.grpDayCost[gd] = cost;
    }
    this.nDirtyGrp = 0;
    for (let i = 0; i < this.nDirtyFac; i++) {
      const fd = this.dirtyFacDay[i];
      this.facDayMark[fd] = 0;
      const pairs = backToBackPairs(this.model, this.facStart, this.facEnd, fd);
      this.soft += this.model.wBackToBack * (pairs - this.facDayPairs[fd]);
      this.facDayPairs[fd] = pairs;
    }
    this.nDirtyFac = 0;
  }

  private markGrpDay(gd: number): void {
    if (this.grpDayMark[gd]) return;
    this.grpDayMark[gd] = 1;
    this.dirtyGrpDay[this.nDirtyGrp++] = gd;
  }

  private markFacDay(fd: number): void {
    if (this.facDayMark[fd]) return;
    this.facDayMark[fd] = 1;
    this.dirtyFacDay[this.nDirtyFac++] = fd;
  }
}
