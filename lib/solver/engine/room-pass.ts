/**
 * Room polish of a finished timetable (single-period meetings only): for each offering and room,
 * tries moving all the offering's meetings into that room at once, the meeting that holds the room
 * in each of their slots taking the room the offering's meeting left. Slots never change,
 * so clashes, days and compactness stay as they are; only room costs (capacity, stability, change
 * cost) move, and a change is kept only when it lowers the objective.
 *
 * Why after the search: the annealer moves one meeting at a time, and room stability only pays
 * once every meeting of the offering has moved, so the walk rarely gets there by itself. On the 29
 * ITC-2007 solutions of bench/results/itc2007-restart-2026-12-05.md this lowered 4 of them, by 8 in all.
 */
import type { State } from "./state";

/** Sweeps until no offering can be improved; returns how many changes were kept. */
export function polishRooms(state: State, hardWeight: number): number {
  const M = state.model;
  if (M.maxLen !== 1 || state.hard > 0) return 0;
  const R = M.nRoom;
  // Which meeting holds each (slot, room): unique, since a timetable without hard violations has no room clash.
  const holder = new Int32Array(M.slots * R).fill(-1);
  for (let m = 0; m < M.nMeet; m++) if (state.meetSlot[m] >= 0) holder[state.meetSlot[m] * R + state.meetRoom[m]] = m;

  // Slots never change here; unplace() forgets them, so the re-place reads them from this copy.
  const slotOf = Int32Array.from(state.meetSlot);
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
    for (let o = 0; o < M.nOff; o++) {
      for (let r = 0; r < R; r++) {
        if (!collectSwaps(state, holder, o, r, moved, from, to)) continue;
        const before = state.objective(hardWeight);
        const hardBefore = state.movableHard;
        relocate(to);
        if (state.movableHard <= hardBefore && state.objective(hardWeight) < before - 1e-9) {
          // Clear every left cell first: a meeting that moved into a free room leaves its old one empty.
          for (let i = 0; i < moved.length; i++) holder[slotOf[moved[i]] * R + from[i]] = -1;
          for (let i = 0; i < moved.length; i++) holder[slotOf[moved[i]] * R + to[i]] = moved[i];
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
 * own meetings elsewhere, and whoever holds r in their slots (to the room the offering's meeting
 * leaves). False when nothing would change, or when some meeting could not take its new room
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
    if (other < 0) continue;
    if (!canTake(state, other, s, r0)) return false;
    moved.push(other), from.push(r), to.push(r0);
  }
  return moved.length > 0;
}

function canTake(state: State, m: number, s: number, r: number): boolean {
  return state.model.meetPinRoom[m] < 0 && state.meetingHard(m, s, r) === 0;
}
