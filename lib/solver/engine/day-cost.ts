/**
 * The day-level rules, read from one row of an occupancy table (one group or one faculty member on
 * one day): isolated meetings, gaps, periods over the daily share, back-to-back pairs. State keeps
 * the tables and calls these when a move touches a day; SingleDelta and KempeDelta call
 * isolatedChange() to score a candidate before anything is moved.
 */
import type { Model } from "./model";

/**
 * Change in a group's isolated count when one single-period meeting is added (+1) or removed (-1)
 * at cell `cell` (period p of its day), read BEFORE the occupancy changes. Only the cell and its
 * two neighbours can change status: the meeting itself is isolated iff both neighbours are empty,
 * and a neighbour run of one cell stops (or starts) being isolated when the cell fills (empties).
 * `boundary[p]` marks a break after period p (Model.boundaryAfter).
 */
export function isolatedChange(occ: Uint16Array, boundary: Uint8Array, cell: number, p: number, sign: 1 | -1): number {
  const left = p > 0 && !boundary[p - 1] ? occ[cell - 1] : 0;
  const right = !boundary[p] ? occ[cell + 1] : 0;
  let change = left === 0 && right === 0 ? 1 : 0;
  // The cell goes from empty to occupied (add) or from occupied to empty (remove).
  if (occ[cell] === (sign === 1 ? 0 : 1)) {
    if (left > 0 && !(p > 1 && !boundary[p - 2] && occ[cell - 2] > 0)) change -= left;
    if (right > 0 && !(!boundary[p + 1] && occ[cell + 2] > 0)) change -= right;
  }
  return sign * change;
}

/** What one compact group's day is charged for (filled in by groupDayParts). */
export interface DayParts {
  isolated: number;
  gaps: number;
  /** Periods above the group's even daily share. */
  over: number;
}

/**
 * Isolated meetings, gap periods and periods over the daily share of one compact group on one day
 * (gd = g * days + d), from its occupancy row and its table of meeting starts by length, written
 * into `out` (no allocation: State.flush calls this for every group-day a move touches).
 * A meeting is isolated exactly when it alone spans a maximal run of occupied periods (runs end at
 * breaks), which equals evaluate()'s neighbour definition even when meetings overlap. Where every
 * meeting is one period long (Model.isolatedOnlySingle) the start table is not kept, and the
 * meetings spanning a run of one cell are simply its occupants.
 */
export function groupDayParts(M: Model, occ: Uint16Array, grpStartLen: Uint16Array, gd: number, out: DayParts): DayParts {
  const P = M.periods;
  const g = (gd / M.days) | 0;
  const base = g * M.slots + (gd - g * M.days) * P;
  const boundary = M.boundaryAfter;
  const maxLen = M.maxLen;
  let load = 0;
  let first = -1;
  let last = -1;
  let occupied = 0;
  let isolated = 0;
  let runStart = -1;
  for (let p = 0; p < P; p++) {
    const c = occ[base + p];
    if (c === 0) continue;
    load += c;
    occupied++;
    if (first < 0) first = p;
    last = p;
    if (runStart < 0) runStart = p;
    if (boundary[p] || occ[base + p + 1] === 0) {
      const runLen = p - runStart + 1;
      if (M.isolatedOnlySingle) isolated += runLen === 1 ? c : 0;
      else if (runLen <= maxLen) isolated += grpStartLen[(base + runStart) * maxLen + runLen - 1];
      runStart = -1;
    }
  }
  out.isolated = isolated;
  out.gaps = first >= 0 ? last - first + 1 - occupied : 0;
  out.over = Math.max(0, load - M.grpShare[g]);
  return out;
}

const scratch: DayParts = { isolated: 0, gaps: 0, over: 0 };

/** Weighted isolated + gaps + daily balance cost of one compact group on one day. */
export function groupDayCost(M: Model, occ: Uint16Array, grpStartLen: Uint16Array, gd: number): number {
  const parts = groupDayParts(M, occ, grpStartLen, gd, scratch);
  return M.wIsolated * parts.isolated + M.wGaps * parts.gaps + M.wBalance * parts.over;
}

/**
 * Back-to-back pairs of one faculty member on one day (fd = f * days + d): a meeting ending at
 * period p followed by one starting at p + 1, with no break between.
 */
export function backToBackPairs(M: Model, facStart: Uint16Array, facEnd: Uint16Array, fd: number): number {
  const P = M.periods;
  const f = (fd / M.days) | 0;
  const base = f * M.slots + (fd - f * M.days) * P;
  let pairs = 0;
  for (let p = 0; p < P - 1; p++) {
    if (!M.boundaryAfter[p]) pairs += facEnd[base + p] * facStart[base + p + 1];
  }
  return pairs;
}
