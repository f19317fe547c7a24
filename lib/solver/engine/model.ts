/**
 * Compiles a SolverInput into flat typed arrays indexed by integers, so the search loop never
 * touches strings, Maps or objects. Hard constraints that depend on one meeting alone (room type,
 * faculty/room/offering unavailability, breaks, end of day) are compiled into the *domain*: the
 * search only ever proposes start slots and rooms that satisfy them. Constraints between meetings
 * (clashes, faculty daily load) are penalised and repaired by the search.
 * A timetable placed by hand or re-checked against changed data can still break the one-meeting
 * rules, so they are also compiled into per-(offering, slot) and per-(room, slot) counts that the
 * State adds up (State.meetingHard), exactly as evaluate() counts them.
 */
import { resolveFixedSlots } from "../fixed-slots";
import type { SolverInput, SolverOffering } from "../types";

export interface Model {
  input: SolverInput;
  days: number;
  periods: number;
  slots: number;
  /** 1 where a meeting may not continue from period p to p+1 (a break, or the end of the day). */
  boundaryAfter: Uint8Array;
  nOff: number;
  nMeet: number;
  nRoom: number;
  nFac: number;
  nGrp: number;
  maxLen: number;

  offFac: Int32Array;
  offLen: Int32Array;
  offMinDays: Int32Array;
  /** CSR lists: groups (all kinds) of each offering. */
  offGroupStart: Int32Array;
  offGroupList: Int32Array;
  /** CSR lists: rooms of the right type for each offering. */
  offRoomStart: Int32Array;
  offRoomList: Int32Array;
  offRoomOk: Uint8Array;
  /** CSR lists: start slots allowed by offering/faculty availability, breaks and day end. */
  offSlotStart: Int32Array;
  offSlotList: Int32Array;
  offSlotOk: Uint8Array;
  /** Number of consecutive available periods of room r from slot s within its day. */
  roomFreeRun: Int32Array;
  /** Weighted roomCapacity cost of one meeting of offering o in room r. */
  capCost: Float64Array;
  /** Weighted facultyPreference + edgePeriods cost of one meeting of offering o starting at slot s. */
  slotCost: Float64Array;
  /** Periods of a meeting of offering o starting at slot s in which its teacher is unavailable (0 where it does not fit). */
  offFacUnav: Uint8Array;
  /** Periods of a meeting of offering o starting at slot s in which the offering may not be scheduled. */
  offOffUnav: Uint8Array;
  /** offFacUnav + offOffUnav: what the State adds per placed meeting (one read in the search loop). */
  offSlotHard: Uint8Array;
  /** 1 where room r is unavailable at slot s. */
  roomClosed: Uint8Array;

  grpCompact: Uint8Array;
  /** Even daily share of a compact group's weekly load: ceil(load / days). */
  grpShare: Int32Array;
  /** Per-day teaching limit, or a huge number when the faculty member has none. */
  facMaxDay: Int32Array;
  /** Per-week teaching limit, or a huge number when the faculty member has none. */
  facMaxWeek: Int32Array;
  /** 1 when the faculty member asked to avoid back-to-back teaching and the weight is on. */
  facAvoidB2B: Uint8Array;

  meetOff: Int32Array;
  meetIndex: Int32Array;
  /** First meeting id of each offering (meetings of one offering are contiguous). */
  offFirstMeet: Int32Array;
  /** Pinned start slot, or -1. */
  meetPinSlot: Int32Array;
  /** Pinned room, or -1. */
  meetPinRoom: Int32Array;
  /**
   * 1 when the meeting is pinned to a time or room that does not exist (off the grid, across a
   * break, an unknown room): every placement breaks that pin. The search ignores such a pin
   * (preflight reports it); the State still counts it, as evaluate() does.
   */
  meetPinNowhere: Uint8Array;
  /** 1 when the meeting has any pin (time, room or nowhere): the State checks pins only then. */
  meetPinAny: Uint8Array;

  /**
   * Minimal-change repair (SolveOptions.changeCost, ../change-cost.ts): off unless compileChangeCost()
   * switched it on. Per meeting: its slot and room in the reference timetable (-1: a new meeting,
   * which costs nothing wherever it goes), the cost of a different slot, and of the same slot in
   * another room. The State adds them to `soft`, so the search minimises them with everything else.
   */
  changeOn: boolean;
  meetRefSlot: Int32Array;
  meetRefRoom: Int32Array;
  meetMovedCost: Float64Array;
  meetRoomCost: Float64Array;

  wIsolated: number;
  wGaps: number;
  wBalance: number;
  wMinDays: number;
  wRoomStability: number;
  wBackToBack: number;
  /** Any compact-group soft constraint is weighted: group-day costs must be maintained. */
  groupSoftOn: boolean;
  /**
   * Only isolated is on and every meeting is one period long (ITC-2007): the state updates the
   * isolated count from the two neighbours of the changed cell instead of rescanning the day.
   */
  isolatedOnlySingle: boolean;
}

/** facMaxDay / facMaxWeek of a faculty member without that limit. */
export const NO_LIMIT = 1 << 30;

function csr(lists: number[][]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].length;
  const list = new Int32Array(start[lists.length]);
  lists.forEach((l, i) => list.set(l, start[i]));
  return { start, list };
}

/** Meetings one offering asks for, as the engine counts them (a negative count asks for none). */
export function offeringMeetings(offering: SolverOffering): number {
  return Math.max(0, offering.meetings);
}

/** Meetings the offerings ask for: the engine's nMeet. */
export function meetingCount(offerings: readonly SolverOffering[]): number {
  return offerings.reduce((n, o) => n + offeringMeetings(o), 0);
}

export function compileModel(input: SolverInput): Model {
  const days = input.days;
  const periods = input.periodsPerDay;
  const slots = days * periods;
  const w = input.weights;
  const boundaryAfter = new Uint8Array(periods);
  for (let p = 0; p < periods; p++) boundaryAfter[p] = p === periods - 1 || input.breakAfter[p] ? 1 : 0;

  const roomIndex = new Map(input.rooms.map((r, i) => [r.id, i]));
  const facIndex = new Map(input.faculty.map((f, i) => [f.id, i]));
  const offIndex = new Map(input.offerings.map((o, i) => [o.id, i]));
  const nOff = input.offerings.length;
  const nRoom = input.rooms.length;
  const nFac = input.faculty.length;
  const nGrp = input.groups.length;

  const groupsOf: number[][] = input.offerings.map(() => []);
  input.groups.forEach((g, gi) => {
    for (const id of new Set(g.offeringIds)) {
      const o = offIndex.get(id);
      if (o !== undefined) groupsOf[o].push(gi);
    }
  });
  const offGroups = csr(groupsOf);

  const offFac = new Int32Array(nOff);
  const offLen = new Int32Array(nOff);
  const offMinDays = new Int32Array(nOff);
  let maxLen = 1;
  input.offerings.forEach((o, i) => {
    offFac[i] = o.facultyId === null ? -1 : (facIndex.get(o.facultyId) ?? -1);
    offLen[i] = Math.max(1, o.length);
    offMinDays[i] = o.minDays;
    maxLen = Math.max(maxLen, offLen[i]);
  });

  const roomLists = input.offerings.map((o) =>
    input.rooms.flatMap((r, ri) => (o.roomType === null || r.type === o.roomType ? [ri] : [])),
  );
  const offRooms = csr(roomLists);
  const offRoomOk = new Uint8Array(nOff * nRoom);
  roomLists.forEach((l, o) => l.forEach((r) => (offRoomOk[o * nRoom + r] = 1)));

  const facUnavailable = input.faculty.map((f) => new Set(f.unavailable));
  const facPreferred = input.faculty.map((f) => new Set(f.preferred));
  const edge = new Set(input.edgePeriods);
  const offSlotOk = new Uint8Array(nOff * slots);
  const slotCost = new Float64Array(nOff * slots);
  const offFacUnav = new Uint8Array(nOff * slots);
  const offOffUnav = new Uint8Array(nOff * slots);
  const offSlotHard = new Uint8Array(nOff * slots);
  const slotLists: number[][] = [];
  input.offerings.forEach((o, oi) => {
    const len = offLen[oi];
    const offUnavailable = new Set(o.unavailable);
    const f = offFac[oi];
    const list: number[] = [];
    for (let d = 0; d < days; d++) {
      for (let p = 0; p + len <= periods; p++) {
        let fits = true;
        let facBlocked = 0;
        let offBlocked = 0;
        let cost = 0;
        for (let k = 0; k < len; k++) {
          const s = d * periods + p + k;
          if (k < len - 1 && boundaryAfter[p + k]) fits = false;
          if (offUnavailable.has(s)) offBlocked++;
          if (f >= 0 && facUnavailable[f].has(s)) facBlocked++;
          if (f >= 0 && w.facultyPreference > 0 && facPreferred[f].size > 0 && !facPreferred[f].has(s)) cost += w.facultyPreference;
          if (w.edgePeriods > 0 && edge.has(p + k)) cost += w.edgePeriods;
        }
        const s0 = d * periods + p;
        slotCost[oi * slots + s0] = cost;
        if (fits) {
          offFacUnav[oi * slots + s0] = facBlocked;
          offOffUnav[oi * slots + s0] = offBlocked;
          offSlotHard[oi * slots + s0] = facBlocked + offBlocked;
        }
        if (fits && facBlocked === 0 && offBlocked === 0) {
          offSlotOk[oi * slots + s0] = 1;
          list.push(s0);
        }
      }
    }
    slotLists.push(list);
  });
  const offSlots = csr(slotLists);

  const roomFreeRun = new Int32Array(nRoom * slots);
  const roomClosed = new Uint8Array(nRoom * slots);
  input.rooms.forEach((r, ri) => {
    const blocked = new Set(r.unavailable);
    for (let d = 0; d < days; d++) {
      let run = 0;
      for (let p = periods - 1; p >= 0; p--) {
        const s = d * periods + p;
        if (blocked.has(s)) roomClosed[ri * slots + s] = 1;
        run = blocked.has(s) ? 0 : run + 1;
        roomFreeRun[ri * slots + s] = run;
      }
    }
  });

  const capCost = new Float64Array(nOff * nRoom);
  if (w.roomCapacity > 0) {
    input.offerings.forEach((o, oi) =>
      input.rooms.forEach((r, ri) => (capCost[oi * nRoom + ri] = w.roomCapacity * Math.max(0, o.size - r.capacity))),
    );
  }

  const grpCompact = new Uint8Array(nGrp);
  const grpShare = new Int32Array(nGrp);
  input.groups.forEach((g, gi) => {
    grpCompact[gi] = g.compact ? 1 : 0;
    let load = 0;
    for (const id of new Set(g.offeringIds)) {
      const o = offIndex.get(id);
      if (o !== undefined) load += input.offerings[o].meetings * offLen[o];
    }
    grpShare[gi] = Math.ceil(load / days);
  });

  const facMaxDay = new Int32Array(nFac);
  const facMaxWeek = new Int32Array(nFac);
  const facAvoidB2B = new Uint8Array(nFac);
  input.faculty.forEach((f, fi) => {
    facMaxDay[fi] = f.maxPeriodsPerDay ?? NO_LIMIT;
    facMaxWeek[fi] = f.maxPeriodsPerWeek ?? NO_LIMIT;
    facAvoidB2B[fi] = f.avoidBackToBack && w.backToBack > 0 ? 1 : 0;
  });

  const offFirstMeet = new Int32Array(nOff + 1);
  input.offerings.forEach((o, oi) => (offFirstMeet[oi + 1] = offFirstMeet[oi] + offeringMeetings(o)));
  const nMeet = offFirstMeet[nOff];
  const meetOff = new Int32Array(nMeet);
  const meetIndex = new Int32Array(nMeet);
  for (let o = 0; o < nOff; o++) {
    for (let m = offFirstMeet[o]; m < offFirstMeet[o + 1]; m++) {
      meetOff[m] = o;
      meetIndex[m] = m - offFirstMeet[o];
    }
  }
  const { meetPinSlot, meetPinRoom, meetPinNowhere, meetPinAny } = compilePins(input, { days, periods, boundaryAfter, offLen, offFirstMeet, nMeet }, offIndex, roomIndex);

  return {
    input,
    days,
    periods,
    slots,
    boundaryAfter,
    nOff,
    nMeet,
    nRoom,
    nFac,
    nGrp,
    maxLen,
    offFac,
    offLen,
    offMinDays,
    offGroupStart: offGroups.start,
    offGroupList: offGroups.list,
    offRoomStart: offRooms.start,
    offRoomList: offRooms.list,
    offRoomOk,
    offSlotStart: offSlots.start,
    offSlotList: offSlots.list,
    offSlotOk,
    roomFreeRun,
    capCost,
    slotCost,
    offFacUnav,
    offOffUnav,
    offSlotHard,
    roomClosed,
    grpCompact,
    grpShare,
    facMaxDay,
    facMaxWeek,
    facAvoidB2B,
    meetOff,
    meetIndex,
    offFirstMeet,
    meetPinSlot,
    meetPinRoom,
    meetPinNowhere,
    meetPinAny,
    changeOn: false,
    meetRefSlot: new Int32Array(nMeet).fill(-1),
    meetRefRoom: new Int32Array(nMeet).fill(-1),
    meetMovedCost: new Float64Array(nMeet),
    meetRoomCost: new Float64Array(nMeet),
    wIsolated: w.isolated,
    wGaps: w.gaps,
    wBalance: w.dailyBalance,
    wMinDays: w.minDays,
    wRoomStability: w.roomStability,
    wBackToBack: w.backToBack,
    groupSoftOn: w.isolated > 0 || w.gaps > 0 || w.dailyBalance > 0,
    isolatedOnlySingle: maxLen === 1 && w.isolated > 0 && w.gaps === 0 && w.dailyBalance === 0,
  };
}

export interface CompiledPins {
  meetPinSlot: Int32Array;
  meetPinRoom: Int32Array;
  meetPinNowhere: Uint8Array;
  meetPinAny: Uint8Array;
}

type PinGrid = Pick<Model, "days" | "periods" | "boundaryAfter" | "offLen" | "offFirstMeet" | "nMeet">;

/**
 * SolverInput.fixed -> per-meeting pin arrays. Separate from compileModel so the editor can
 * recompile the pins alone when a registrar pins or unpins a meeting (lib/solver/edit/).
 */
export function compilePins(
  input: SolverInput,
  grid: PinGrid,
  offIndex: Map<string, number> = new Map(input.offerings.map((o, i) => [o.id, i])),
  roomIndex: Map<string, number> = new Map(input.rooms.map((r, i) => [r.id, i])),
): CompiledPins {
  const { days, periods, boundaryAfter, offLen, offFirstMeet, nMeet } = grid;
  const meetPinSlot = new Int32Array(nMeet).fill(-1);
  const meetPinRoom = new Int32Array(nMeet).fill(-1);
  const meetPinNowhere = new Uint8Array(nMeet);
  for (const pin of resolveFixedSlots(input).pins) {
    const o = offIndex.get(pin.offeringId);
    if (o === undefined) continue;
    const len = offLen[o];
    const m = offFirstMeet[o] + pin.meetingIndex;
    const room = pin.roomId === null ? -1 : (roomIndex.get(pin.roomId) ?? -1);
    if (pin.roomId !== null && room < 0) meetPinNowhere[m] = 1;
    if (pin.time === null) {
      meetPinRoom[m] = room;
      continue;
    }
    const { day, period } = pin.time;
    const inGrid = Number.isInteger(day) && Number.isInteger(period) && day >= 0 && day < days && period >= 0 && period + len <= periods;
    let crossesBreak = false;
    for (let k = 0; inGrid && k < len - 1; k++) if (boundaryAfter[period + k]) crossesBreak = true;
    // A pin that cannot hold a meeting would only produce an invalid placement; let the search place it instead.
    if (!inGrid || crossesBreak) {
      meetPinNowhere[m] = 1;
      continue;
    }
    meetPinSlot[m] = day * periods + period;
    meetPinRoom[m] = room;
  }
  const meetPinAny = new Uint8Array(nMeet);
  for (let m = 0; m < nMeet; m++) meetPinAny[m] = meetPinSlot[m] >= 0 || meetPinRoom[m] >= 0 || meetPinNowhere[m] ? 1 : 0;

  return { meetPinSlot, meetPinRoom, meetPinNowhere, meetPinAny };
}
