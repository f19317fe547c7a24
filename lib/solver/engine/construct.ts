/**
 * Greedy construction: pinned meetings first, then the given starting placements (an existing
 * timetable), then the most constrained meetings (small domain, many competitors for the same
 * students/teacher) each go to the cheapest (slot, room) given what is already placed. Clashes are
 * allowed when nothing better exists; the search repairs them. Pins win over starting placements.
 */
import type { Model } from "./model";
import type { Positions } from "./positions";
import type { Rng } from "./rng";
import type { State } from "./state";

export function construct(state: State, rng: Rng, hardWeight: number, initial?: Positions): void {
  const M = state.model;
  for (let m = 0; m < M.nMeet; m++) {
    const s = M.meetPinSlot[m];
    if (s < 0) continue;
    const o = M.meetOff[m];
    const startRoom = initial ? initial.room[m] : -1;
    const r = M.meetPinRoom[m] >= 0 ? M.meetPinRoom[m] : startRoom >= 0 ? startRoom : bestRoom(state, o, s, rng);
    if (r >= 0) state.place(m, s, r);
  }
  if (initial) {
    for (let m = 0; m < M.nMeet; m++) {
      if (state.meetSlot[m] >= 0 || initial.slot[m] < 0) continue;
      state.place(m, initial.slot[m], M.meetPinRoom[m] >= 0 ? M.meetPinRoom[m] : initial.room[m]);
    }
  }
  state.flush();

  const order = constructionOrder(M, rng);
  for (const m of order) {
    if (state.meetSlot[m] >= 0) continue;
    placeCheapest(state, m, rng, hardWeight);
    state.flush();
  }
}

/** Meetings sorted from hardest to easiest to place; ties in random order. */
function constructionOrder(M: Model, rng: Rng): number[] {
  // Competitors: meetings sharing a faculty member or group with this offering.
  const groupLoad = new Float64Array(M.nGrp);
  const facLoad = new Float64Array(M.nFac);
  for (let o = 0; o < M.nOff; o++) {
    const n = M.offFirstMeet[o + 1] - M.offFirstMeet[o];
    for (let i = M.offGroupStart[o]; i < M.offGroupStart[o + 1]; i++) groupLoad[M.offGroupList[i]] += n * M.offLen[o];
    if (M.offFac[o] >= 0) facLoad[M.offFac[o]] += n * M.offLen[o];
  }
  const difficulty = new Float64Array(M.nMeet);
  const tieBreak = new Float64Array(M.nMeet);
  for (let m = 0; m < M.nMeet; m++) {
    const o = M.meetOff[m];
    let competitors = M.offFac[o] >= 0 ? facLoad[M.offFac[o]] : 0;
    for (let i = M.offGroupStart[o]; i < M.offGroupStart[o + 1]; i++) competitors += groupLoad[M.offGroupList[i]];
    const slots = M.offSlotStart[o + 1] - M.offSlotStart[o];
    const rooms = M.offRoomStart[o + 1] - M.offRoomStart[o];
    difficulty[m] = (slots * Math.sqrt(rooms)) / (1 + competitors * M.offLen[o]);
    tieBreak[m] = rng.next();
  }
  const order = Array.from({ length: M.nMeet }, (_, m) => m);
  order.sort((a, b) => difficulty[a] - difficulty[b] || tieBreak[a] - tieBreak[b]);
  return order;
}

function placeCheapest(state: State, m: number, rng: Rng, hardWeight: number): void {
  const M = state.model;
  const o = M.meetOff[m];
  const len = M.offLen[o];
  const S = M.slots;
  let best = Infinity;
  let bestS = -1;
  let bestR = -1;
  let ties = 0;
  for (let i = M.offSlotStart[o]; i < M.offSlotStart[o + 1]; i++) {
    const s = M.offSlotList[i];
    const d = (s / M.periods) | 0;
    const slotHard = conflictsAt(state, o, s);
    let slotSoft = M.slotCost[o * S + s];
    // Spread meetings of one offering over days (minDays) while building.
    if (state.offDayCount[o * M.days + d] > 0) slotSoft += M.wMinDays + 1;
    // A room-only pin leaves one candidate room: the pinned one (j = -1).
    const pinnedRoom = M.meetPinRoom[m];
    for (let j = pinnedRoom >= 0 ? -1 : M.offRoomStart[o], end = pinnedRoom >= 0 ? 0 : M.offRoomStart[o + 1]; j < end; j++) {
      const r = j < 0 ? pinnedRoom : M.offRoomList[j];
      if (M.roomFreeRun[r * S + s] < len) continue;
      let roomHard = 0;
      for (let k = 0; k < len; k++) if (state.roomOcc[r * S + s + k] > 0) roomHard++;
      let cost = hardWeight * (slotHard + roomHard) + slotSoft + M.capCost[o * M.nRoom + r];
      if (state.offRooms[o] > 0 && state.offRoomCount[o * M.nRoom + r] === 0) cost += M.wRoomStability;
      if (cost < best) {
        best = cost;
        bestS = s;
        bestR = r;
        ties = 1;
      } else if (cost === best && rng.int(++ties) === 0) {
        bestS = s;
        bestR = r;
      }
    }
  }
  if (bestS >= 0) state.place(m, bestS, bestR);
}

/**
 * Hard violations a meeting of offering o would add at start s before its room is chosen: clashes
 * of its teacher and groups, and periods over its teacher's daily limit.
 */
function conflictsAt(state: State, o: number, s: number): number {
  const M = state.model;
  const len = M.offLen[o];
  const S = M.slots;
  const f = M.offFac[o];
  let n = 0;
  for (let k = 0; k < len; k++) {
    if (f >= 0 && state.facOcc[f * S + s + k] > 0) n++;
    for (let i = M.offGroupStart[o], e = M.offGroupStart[o + 1]; i < e; i++) {
      if (state.grpOcc[M.offGroupList[i] * S + s + k] > 0) n++;
    }
  }
  if (f >= 0) {
    const load = state.facDayLoad[f * M.days + ((s / M.periods) | 0)];
    n += Math.max(0, load + len - Math.max(load, M.facMaxDay[f]));
  }
  return n;
}

/** Cheapest room of the right type that is free at s, for a pinned meeting without a pinned room. */
function bestRoom(state: State, o: number, s: number, rng: Rng): number {
  const M = state.model;
  let best = Infinity;
  let bestR = -1;
  for (let j = M.offRoomStart[o]; j < M.offRoomStart[o + 1]; j++) {
    const r = M.offRoomList[j];
    let cost = M.capCost[o * M.nRoom + r] + rng.next() * 1e-6;
    for (let k = 0; k < M.offLen[o]; k++) if (state.roomOcc[r * M.slots + s + k] > 0 || M.roomFreeRun[r * M.slots + s] < M.offLen[o]) cost += 1e6;
    if (cost < best) {
      best = cost;
      bestR = r;
    }
  }
  return bestR;
}
