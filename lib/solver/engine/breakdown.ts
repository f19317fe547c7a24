/**
 * Per-constraint breakdown of a State, recounted from its tables in one pass (no strings, no
 * placements): the State keeps only totals in the search loop, and the editor asks for the split
 * after an operation. Equal to evaluate()'s hardBreakdown and softBreakdown (state.test.ts), with
 * hard === state.hard and the soft parts summing to state.soft. Invalid placements are not in a
 * State; whoever holds them adds them to `unplaced`.
 */
import { emptyHardBreakdown, emptySoftBreakdown } from "../evaluate-context";
import type { HardConstraint, SoftConstraint } from "../types";
import { groupDayParts, type DayParts } from "./day-cost";
import type { State } from "./state";

export interface Breakdown {
  hard: Record<HardConstraint, number>;
  soft: Record<SoftConstraint, number>;
}

/** Extra occupants over every cell of an occupancy table: the clash count of that resource kind. */
function extraOccupants(occ: Uint16Array, cells: number): number {
  let extra = 0;
  for (let c = 0; c < cells; c++) if (occ[c] > 1) extra += occ[c] - 1;
  return extra;
}

export function stateBreakdown(state: State): Breakdown {
  const M = state.model;
  const S = M.slots;
  const hard = emptyHardBreakdown();
  const soft = emptySoftBreakdown();
  hard.unplaced = state.unplaced;
  hard.roomClash = extraOccupants(state.roomOcc, M.nRoom * S);
  hard.facultyClash = extraOccupants(state.facOcc, M.nFac * S);
  hard.groupClash = extraOccupants(state.grpOcc, M.nGrp * S);
  hard.facultyMaxPerDay = state.overDay;
  hard.facultyMaxPerWeek = state.overWeek;

  const w = M.input.weights;
  const edge = new Uint8Array(M.periods);
  for (const p of M.input.edgePeriods) if (p >= 0 && p < M.periods) edge[p] = 1;
  for (let m = 0; m < M.nMeet; m++) {
    const s = state.meetSlot[m];
    if (s < 0) continue;
    const r = state.meetRoom[m];
    const o = M.meetOff[m];
    const len = M.offLen[o];
    hard.facultyUnavailable += M.offFacUnav[o * S + s];
    hard.offeringUnavailable += M.offOffUnav[o * S + s];
    hard.roomType += 1 - M.offRoomOk[o * M.nRoom + r];
    for (let k = 0; k < len; k++) hard.roomUnavailable += M.roomClosed[r * S + s + k];
    const pinSlot = M.meetPinSlot[m];
    const pinRoom = M.meetPinRoom[m];
    if (M.meetPinNowhere[m] || (pinSlot >= 0 && pinSlot !== s) || (pinRoom >= 0 && pinRoom !== r)) hard.fixedSlot++;
    soft.roomCapacity += M.capCost[o * M.nRoom + r];
    // slotCost is facultyPreference + edgePeriods; the edge part is known from the period alone.
    let edgeCost = 0;
    if (w.edgePeriods > 0) for (let k = 0, p = s % M.periods; k < len; k++) edgeCost += w.edgePeriods * edge[p + k];
    soft.edgePeriods += edgeCost;
    soft.facultyPreference += M.slotCost[o * S + s] - edgeCost;
  }
  for (let o = 0; o < M.nOff; o++) {
    soft.minDays += M.wMinDays * Math.max(0, M.offMinDays[o] - state.offDays[o]);
    soft.roomStability += M.wRoomStability * Math.max(0, state.offRooms[o] - 1);
  }
  const dayParts: DayParts = { isolated: 0, gaps: 0, over: 0 };
  for (let gd = 0; gd < M.nGrp * M.days; gd++) {
    const g = (gd / M.days) | 0;
    if (!M.grpCompact[g]) continue;
    const parts = groupDayParts(M, state.grpOcc, state.grpStartLen, gd, dayParts);
    soft.isolated += M.wIsolated * parts.isolated;
    soft.gaps += M.wGaps * parts.gaps;
    soft.dailyBalance += M.wBalance * parts.over;
  }
  for (let fd = 0; fd < M.nFac * M.days; fd++) soft.backToBack += M.wBackToBack * state.facDayPairs[fd];
  return { hard, soft };
}
