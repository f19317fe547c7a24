/**
 * Why meeting m is blocked at slot s (in room r): each reason names the people, groups, rooms and
 * meetings involved, in the phrases of hard-messages.ts, so the registrar reads before a drop the
 * sentence the violation list shows after it. Built from an index of who occupies each slot,
 * made once per request (Occupancy) with m itself left out.
 */
import { dayLabel, slotLabel } from "../evaluate-context";
import { hardPhrase, pinnedWhere } from "../hard-messages";
import type { EditSession } from "./session";

/** The meetings occupying each slot (m excluded): CSR lists, built once per request. */
export class Occupancy {
  private readonly start: Int32Array;
  private readonly list: Int32Array;

  constructor(
    private readonly session: EditSession,
    exclude: number,
  ) {
    const M = session.model;
    const st = session.state;
    const count = new Int32Array(M.slots + 1);
    for (let m = 0; m < M.nMeet; m++) {
      const s = st.meetSlot[m];
      if (s < 0 || m === exclude) continue;
      for (let k = 0; k < M.offLen[M.meetOff[m]]; k++) count[s + k + 1]++;
    }
    for (let s = 0; s < M.slots; s++) count[s + 1] += count[s];
    this.start = count.slice();
    this.list = new Int32Array(count[M.slots]);
    const fill = count.slice(0, M.slots);
    for (let m = 0; m < M.nMeet; m++) {
      const s = st.meetSlot[m];
      if (s < 0 || m === exclude) continue;
      for (let k = 0; k < M.offLen[M.meetOff[m]]; k++) this.list[fill[s + k]++] = m;
    }
  }

  /** Meetings occupying slot t. */
  at(t: number): Int32Array {
    return this.list.subarray(this.start[t], this.start[t + 1]);
  }

  /** Meetings sharing m's teacher or one of its groups anywhere in slots s .. s+len-1. */
  timeBlockers(m: number, s: number): number[] {
    const M = this.session.model;
    const o = M.meetOff[m];
    const f = M.offFac[o];
    const groups = groupsOf(this.session, o);
    const out = new Set<number>();
    for (let k = 0; k < M.offLen[o]; k++) {
      for (const m2 of this.at(s + k)) {
        const o2 = M.meetOff[m2];
        if ((f >= 0 && M.offFac[o2] === f) || sharesGroup(this.session, o2, groups)) out.add(m2);
      }
    }
    return [...out];
  }

  /** Meetings in room r anywhere in slots s .. s+len-1 of meeting m. */
  roomBlockers(m: number, s: number, r: number): number[] {
    const M = this.session.model;
    const out = new Set<number>();
    for (let k = 0; k < M.offLen[M.meetOff[m]]; k++) for (const m2 of this.at(s + k)) if (this.session.state.meetRoom[m2] === r) out.add(m2);
    return [...out];
  }
}

function groupsOf(session: EditSession, o: number): Set<number> {
  const M = session.model;
  return new Set(M.offGroupList.subarray(M.offGroupStart[o], M.offGroupStart[o + 1]));
}

function sharesGroup(session: EditSession, o2: number, groups: Set<number>): boolean {
  const M = session.model;
  for (let i = M.offGroupStart[o2]; i < M.offGroupStart[o2 + 1]; i++) if (groups.has(M.offGroupList[i])) return true;
  return false;
}

function when(session: EditSession, s: number): string {
  const P = session.model.periods;
  return slotLabel(session.input, Math.floor(s / P), s % P);
}

/** Reasons that depend on the time alone: teacher and groups busy or unavailable, daily limit, a time pin. Call with m lifted. */
export function timeReasons(session: EditSession, occupancy: Occupancy, m: number, s: number): string[] {
  const M = session.model;
  const { input } = session;
  const o = M.meetOff[m];
  const f = M.offFac[o];
  const offering = input.offerings[o];
  const faculty = f >= 0 ? input.faculty[f] : null;
  const groups = groupsOf(session, o);
  const reasons = new Set<string>();
  for (const m2 of occupancy.timeBlockers(m, s)) {
    const o2 = M.meetOff[m2];
    const other = input.offerings[o2].name;
    if (faculty && M.offFac[o2] === f) reasons.add(hardPhrase.facultyBusy(faculty.name, other));
    for (let i = M.offGroupStart[o2]; i < M.offGroupStart[o2 + 1]; i++) {
      const g = M.offGroupList[i];
      if (groups.has(g)) reasons.add(hardPhrase.groupBusy(input.groups[g].name, other));
    }
  }
  const at = when(session, s);
  if (faculty && M.offFacUnav[o * M.slots + s] > 0) reasons.add(hardPhrase.facultyUnavailable(faculty.name, at));
  if (M.offOffUnav[o * M.slots + s] > 0) reasons.add(hardPhrase.offeringUnavailable(offering.name, at));
  if (faculty && f >= 0) {
    const day = Math.floor(s / M.periods);
    const load = session.state.facDayLoad[f * M.days + day] + M.offLen[o];
    if (load > M.facMaxDay[f]) reasons.add(hardPhrase.dayLimit(faculty.name, load, dayLabel(input, day), M.facMaxDay[f]));
  }
  const pinSlot = M.meetPinSlot[m];
  if (M.meetPinNowhere[m] || (pinSlot >= 0 && pinSlot !== s)) reasons.add(hardPhrase.pinned(offering.name, pinDescription(session, m)));
  return [...reasons];
}

/** Reasons that come with room r at slot s: busy, closed, wrong type, a room pin. Call with m lifted. */
export function roomReasons(session: EditSession, occupancy: Occupancy, m: number, s: number, r: number): string[] {
  const M = session.model;
  const { input } = session;
  const o = M.meetOff[m];
  const offering = input.offerings[o];
  const room = input.rooms[r];
  const reasons = new Set<string>();
  for (const m2 of occupancy.roomBlockers(m, s, r)) reasons.add(hardPhrase.roomBusy(room.name, input.offerings[M.meetOff[m2]].name));
  for (let k = 0; k < M.offLen[o]; k++) {
    if (M.roomClosed[r * M.slots + s + k]) {
      reasons.add(hardPhrase.roomClosed(room.name, when(session, s + k)));
      break;
    }
  }
  if (!M.offRoomOk[o * M.nRoom + r]) reasons.add(hardPhrase.roomType(room.name, room.type, offering.roomType ?? "any"));
  const pinRoom = M.meetPinRoom[m];
  if (pinRoom >= 0 && pinRoom !== r && M.meetPinSlot[m] < 0) reasons.add(hardPhrase.pinned(offering.name, pinDescription(session, m)));
  if (pinRoom >= 0 && pinRoom !== r && M.meetPinSlot[m] === s) reasons.add(hardPhrase.pinned(offering.name, pinDescription(session, m)));
  return [...reasons];
}

/** "LH-101 seats 40, ... has 62": soft, never blocking, but the first thing a registrar checks in a room. */
export function seatsNote(session: EditSession, m: number, r: number): string | null {
  const offering = session.input.offerings[session.model.meetOff[m]];
  const room = session.input.rooms[r];
  return room.capacity < offering.size ? hardPhrase.seats(room.name, room.capacity, offering.name, offering.size) : null;
}

function pinDescription(session: EditSession, m: number): string {
  const M = session.model;
  const pinSlot = M.meetPinSlot[m];
  const pinRoom = M.meetPinRoom[m];
  if (M.meetPinNowhere[m] && pinSlot < 0 && pinRoom < 0) return "a time or room that does not exist";
  return pinnedWhere(pinSlot >= 0 ? when(session, pinSlot) : null, pinRoom >= 0 ? session.input.rooms[pinRoom].name : null);
}
