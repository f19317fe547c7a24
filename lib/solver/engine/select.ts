/**
 * Cost-directed choices for the annealer on ITC-shaped instances ("neighbourhoods that follow where
 * the cost is"): a tournament among a few random meetings keeps the one carrying the most soft
 * cost right now, read from the State's tables in O(1) per meeting (no extra bookkeeping per move).
 */
import type { State } from "./state";

/**
 * Soft cost that moving meeting m (single-period, placed) could remove: isolated in a compact
 * group, a second meeting on a day while its course is below its minimum working days, room
 * capacity, and a room its course uses only for this meeting while it uses others too.
 */
export function meetingSoftCost(state: State, m: number): number {
  const M = state.model;
  const S = M.slots;
  const P = M.periods;
  const o = M.meetOff[m];
  const s = state.meetSlot[m];
  const r = state.meetRoom[m];
  const d = (s / P) | 0;
  const p = s - d * P;
  let cost = M.capCost[o * M.nRoom + r];
  if (M.wIsolated > 0) {
    const occ = state.grpOcc;
    const boundary = M.boundaryAfter;
    const hasLeft = p > 0 && !boundary[p - 1];
    const hasRight = !boundary[p];
    for (let i = M.offGroupStart[o], e = M.offGroupStart[o + 1]; i < e; i++) {
      const g = M.offGroupList[i];
      if (!M.grpCompact[g]) continue;
      const cell = g * S + s;
      if ((!hasLeft || occ[cell - 1] === 0) && (!hasRight || occ[cell + 1] === 0)) cost += M.wIsolated;
    }
  }
  if (state.offDays[o] < M.offMinDays[o] && state.offDayCount[o * M.days + d] > 1) cost += M.wMinDays;
  if (state.offRooms[o] > 1 && state.offRoomCount[o * M.nRoom + r] === 1) cost += M.wRoomStability;
  return cost;
}
