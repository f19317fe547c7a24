/**
 * Room polish of a finished timetable: for each offering and room, tries moving all the offering's
 * meetings into that room at once, a meeting that holds the room at exactly the same periods taking
 * the room the offering's meeting left (a room held in only part of a lab's periods, or by a
 * meeting of another length, cannot be swapped: that offering-room pair is skipped). Slots never change,
 * so clashes, days and compactness stay as they are; only room costs (capacity, stability, change
 * cost) move, and a change is kept only when it lowers the objective.
 *
 * Why after the search: the annealer moves one meeting at a time, and room stability only pays
 * once every meeting of the offering has moved, so the walk rarely gets there by itself. On the 29
 * ITC-2007 solutions of bench/results/itc2007-restart-2026-12-05.md this lowered 4 of them, by 8 in
 * all; on the demo term after 5 M iterations, 274 -> 255.
 */
import type { State } from "./state";

/**
 * Sweeps until no offering can be improved, or until `stop()` says the time is up (checked once
 * per offering); returns how many changes were kept.
 */
export function polishRooms(state: State, hardWeight: number, stop: () => boolean = () => false): number {
  const M = state.model;
  if (state.hard > 0) return 0;
  const R = M.nRoom;
  // Slots never change here; unplace() forgets them, so the re-place reads them from this copy.
  const slotOf = Int32Array.from(state.meetSlot);
  // Which meeting holds each (slot, room) cell: unique, since a timetable without hard violations has no room clash.
  const holder = new Int32Array(M.slots * R).fill(-1);
  const hold = (m: number, r: number, who: number) => {
    for (let k = 0; k < M.offLen[M.meetOff[m]]; k++) holder[(slotOf[m] + k) * R + r] = who;
  };
  for (let m = 0; m < M.nMeet; m++) if (slotOf[m] >= 0) hold(m, state.meetRoom[m], m);
  const moved: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const relocate = (rooms: number[]) => {
    for (const m of moved) state.unplace(m);
    moved.forEach((m, i) => state.place(m, slotOf[m], rooms[i]));
    state.flush();
  };

  let kept = 0;
  for (let improved = true; improved; ) {
    improved = false;
    // Offerings split over several rooms first: most of the gain is theirs, and on a large term a
    // full sweep can take longer than the time `stop()` allows.
    const split: number[] = [];
    const whole: number[] = [];
    for (let o = 0; o < M.nOff; o++) (onlyRoom(state, o) >= 0 ? whole : split).push(o);
    for (const o of [...split, ...whole]) {
      if (stop()) return kept;
      for (let r = 0; r < R; r++) {
        if (!collectSwaps(state, holder, o, r, moved, from, to)) continue;
        const before = state.objective(hardWeight);
        const hardBefore = state.movableHard;
        relocate(to);
        if (state.movableHard <= hardBefore && state.objective(hardWeight) < before - 1e-9) {
          // Clear every left cell first: a meeting that moved into a free room leaves its old one empty.
          for (let i = 0; i < moved.length; i++) hold(moved[i], from[i], -1);
          for (let i = 0; i < moved.length; i++) hold(moved[i], to[i], moved[i]);
          kept++;
          improved = true;
        } else relocate(from);
      }
    }
  }
  return kept;
}

/**
 * Fills moved/from/to with the meetings that change room when offering o moves into room r: its
 * own meetings elsewhere, and whoever holds r at their periods (to the room the offering's meeting
 * leaves). False when nothing would change, when r is held in a way a swap cannot undo (partly,
 * or by a meeting of another start or length), or when some meeting could not take its new room
 * (pinned room, wrong type, room closed then): the search never proposes such a room either.
 */
function collectSwaps(state: State, holder: Int32Array, o: number, r: number, moved: number[], from: number[], to: number[]): boolean {
  const M = state.model;
  moved.length = from.length = to.length = 0;
  for (let m = M.offFirstMeet[o]; m < M.offFirstMeet[o + 1]; m++) {
    const s = state.meetSlot[m];
    const r0 = state.meetRoom[m];
    if (s < 0 || r0 === r) continue;
    if (!canTake(state, m, s, r)) return false;
    moved.push(m), from.push(r0), to.push(r);
    const other = holder[s * M.nRoom + r];
    const len = M.offLen[o];
    for (let k = 1; k < len; k++) if (holder[(s + k) * M.nRoom + r] !== other) return false;
    if (other < 0) continue;
    if (state.meetSlot[other] !== s || M.offLen[M.meetOff[other]] !== len) return false;
    if (!canTake(state, other, s, r0)) return false;
    moved.push(other), from.push(r), to.push(r0);
  }
  return moved.length > 0;
}

function canTake(state: State, m: number, s: number, r: number): boolean {
  return state.model.meetPinRoom[m] < 0 && state.meetingHard(m, s, r) === 0;
}

/** The one room all of offering o's placed meetings are in, or -1 (several rooms, or none placed). */
function onlyRoom(state: State, o: number): number {
  const M = state.model;
  let only = -1;
  for (let m = M.offFirstMeet[o]; m < M.offFirstMeet[o + 1]; m++) {
    if (state.meetSlot[m] < 0) continue;
    if (only >= 0 && state.meetRoom[m] !== only) return -1;
    only = state.meetRoom[m];
  }
  return only;
}
