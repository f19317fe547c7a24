/**
 * Where can meeting m go: for every start slot of the grid and every room, the hard violations it
 * would bring there and the change in hard count and soft score, from the incremental State.
 *
 * Why this is cheap enough for a drag at the size of a whole university: the State is asked once
 * per start slot (place, flush, read, unplace), with one reference room; a room's own share of
 * the cost (its clashes, closures, type, the pin, its seats and the offering's room stability)
 * does not depend on the slot, or only through the room's occupancy there, so every other room's
 * figures follow by adding that share instead of placing the meeting again (slots x rooms
 * additions, not slots x rooms placements). options.test.ts checks every figure against trial().
 */
import type { EditSession } from "./session";

export interface RoomOption {
  room: number;
  /** Hard violations of the meeting itself in this room at this slot: 0 means free. */
  added: number;
  hardDelta: number;
  softDelta: number;
}

export interface CellOption {
  slot: number;
  /** False when a meeting of this length cannot start here (end of day, across a break). */
  fits: boolean;
  /** Every room, best first: fewest own violations, then lowest hard change, then score change. */
  rooms: RoomOption[];
}

export interface MeetingOptions {
  m: number;
  cells: CellOption[];
}

/** The meeting's own hard count in room r at slot s, beyond what depends on the time alone. */
export function roomShareHard(session: EditSession, m: number, s: number, r: number): number {
  const M = session.model;
  const st = session.state;
  const o = M.meetOff[m];
  const len = M.offLen[o];
  const S = M.slots;
  let n = 1 - M.offRoomOk[o * M.nRoom + r];
  for (let k = 0; k < len; k++) {
    if (st.roomOcc[r * S + s + k] > 0) n++;
    n += M.roomClosed[r * S + s + k];
  }
  return n + pinBroken(session, m, s, r);
}

export function pinBroken(session: EditSession, m: number, s: number, r: number): number {
  const M = session.model;
  if (!M.meetPinAny[m]) return 0;
  const pinSlot = M.meetPinSlot[m];
  const pinRoom = M.meetPinRoom[m];
  return M.meetPinNowhere[m] || (pinSlot >= 0 && pinSlot !== s) || (pinRoom >= 0 && pinRoom !== r) ? 1 : 0;
}

/** Soft cost of the meeting's room alone: seats short and a room the offering does not use yet. */
function roomShareSoft(session: EditSession, m: number, r: number): number {
  const M = session.model;
  const st = session.state;
  const o = M.meetOff[m];
  const stability = st.offRoomCount[o * M.nRoom + r] === 0 && st.offRooms[o] > 0 ? M.wRoomStability : 0;
  return M.capCost[o * M.nRoom + r] + stability;
}

/**
 * Runs `fn` with meeting m taken out of the State (as if picked up), then puts it back exactly.
 * Everything read inside sees the timetable without m.
 */
export function withMeetingLifted<T>(session: EditSession, m: number, fn: () => T): T {
  const st = session.state;
  const slot = st.meetSlot[m];
  const room = st.meetRoom[m];
  if (slot >= 0) {
    st.unplace(m);
    st.flush();
  }
  try {
    return fn();
  } finally {
    if (slot >= 0) {
      st.place(m, slot, room);
      st.flush();
    }
  }
}

export function meetingOptions(session: EditSession, m: number, onlySlots?: number[]): MeetingOptions {
  const M = session.model;
  const st = session.state;
  const before = session.totals();
  const current = st.meetRoom[m];
  const o = M.meetOff[m];
  const len = M.offLen[o];
  const refRoom = current >= 0 ? current : M.offRoomStart[o + 1] > M.offRoomStart[o] ? M.offRoomList[M.offRoomStart[o]] : 0;
  const cells: CellOption[] = [];
  withMeetingLifted(session, m, () => {
    // Hard counted beyond the State (stored placements that are no meeting), less m's own broken
    // placement, which placing m anywhere mends.
    const extra = session.hard - st.hard - (session.isBroken(m) ? 1 : 0);
    const liftedHard = st.hard; // m counted unplaced
    const roomSoft = new Float64Array(M.nRoom);
    for (let r = 0; r < M.nRoom; r++) roomSoft[r] = roomShareSoft(session, m, r);
    const slots = onlySlots ?? Array.from({ length: M.slots }, (_, s) => s);
    for (const s of slots) {
      const period = s % M.periods;
      const fits = period + len <= M.periods && fitsIn(session, period, len);
      if (!fits) {
        cells.push({ slot: s, fits: false, rooms: [] });
        continue;
      }
      st.place(m, s, refRoom);
      st.flush();
      const hardThere = st.hard;
      const softThere = st.soft;
      st.unplace(m);
      st.flush();
      const timeHard = hardThere - roomShareHard(session, m, s, refRoom);
      const timeSoft = softThere - roomSoft[refRoom];
      const rooms: RoomOption[] = [];
      for (let r = 0; r < M.nRoom; r++) {
        const hard = timeHard + roomShareHard(session, m, s, r);
        rooms.push({
          room: r,
          // Placing m takes it off the unplaced count (1), so what it adds is hard - (lifted - 1).
          added: hard - liftedHard + 1,
          hardDelta: hard + extra - before.hard,
          softDelta: timeSoft + roomSoft[r] - before.soft,
        });
      }
      rooms.sort((a, b) => a.added - b.added || a.hardDelta - b.hardDelta || a.softDelta - b.softDelta || (a.room === current ? -1 : b.room === current ? 1 : a.room - b.room));
      cells.push({ slot: s, fits: true, rooms });
    }
  });
  return { m, cells };
}

function fitsIn(session: EditSession, period: number, len: number): boolean {
  const b = session.model.boundaryAfter;
  for (let k = 0; k < len - 1; k++) if (b[period + k]) return false;
  return true;
}
