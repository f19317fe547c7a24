/**
 * The term's weekly grid as the solver sees it, and the way back.
 *
 * The database speaks ISO weekdays (1 = Monday) and Period.index; the solver speaks a dense day index
 * (0..days-1 over the term's working days) and a dense period position. Pure: unit-tested without
 * a database.
 */
import "server-only";
import { isoDayName } from "@/lib/domain/day-names";
import type { Slot } from "@/lib/solver/types";

export interface PeriodRow {
  index: number;
  startTime: string; // "09:00"
  endTime: string; // "09:50"
}

export interface TermGrid {
  days: number;
  periodsPerDay: number;
  breakAfter: boolean[];
  dayNames: string[];
  periodNames: string[];
  edgePeriods: number[];
  /** isoDayByIndex[dayIndex] = ISO weekday, to save placements back. */
  isoDayByIndex: number[];
  /** periodIndexByPosition[position] = Period.index, to save placements back. */
  periodIndexByPosition: number[];
}

/** "09:50" -> 590. Throws on anything else, since a malformed time would silently hide a break. */
export function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) throw new Error(`Invalid period time ${JSON.stringify(time)} (expected HH:MM)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * breakAfter[p] is true when period p ends before period p+1 starts (any gap, even 5 minutes), so
 * that no meeting spans it and the two periods do not count as back to back.
 */
export function breaksFromPeriods(periods: PeriodRow[]): boolean[] {
  return periods.map((period, position) => {
    const next = periods[position + 1];
    if (!next) return false;
    return minutesOf(next.startTime) > minutesOf(period.endTime);
  });
}

/**
 * Edge periods (soft: edgePeriods) are the first and last period of the day. A day of one or two
 * periods has nothing but edges, so penalising them would only add a constant: none then.
 */
export function edgePeriodsOf(periodsPerDay: number): number[] {
  return periodsPerDay > 2 ? [0, periodsPerDay - 1] : [];
}

export function buildTermGrid(periodRows: PeriodRow[], workingDays: number[]): TermGrid {
  const periods = [...periodRows].sort((a, b) => a.index - b.index);
  const isoDayByIndex = [...new Set(workingDays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const periodsPerDay = periods.length;
  return {
    days: isoDayByIndex.length,
    periodsPerDay,
    breakAfter: breaksFromPeriods(periods),
    dayNames: isoDayByIndex.map(isoDayName),
    periodNames: periods.map((p) => p.startTime),
    edgePeriods: edgePeriodsOf(periodsPerDay),
    isoDayByIndex,
    periodIndexByPosition: periods.map((p) => p.index),
  };
}

/** Converts between the database's (ISO weekday, Period.index) and the solver's day index and slot. */
export class GridIndex {
  private readonly dayIndexByIso: Map<number, number>;
  private readonly positionByPeriodIndex: Map<number, number>;

  constructor(readonly grid: TermGrid) {
    this.dayIndexByIso = new Map(grid.isoDayByIndex.map((iso, index) => [iso, index]));
    this.positionByPeriodIndex = new Map(grid.periodIndexByPosition.map((periodIndex, position) => [periodIndex, position]));
  }

  /** Null when the weekday is not a working day or the period does not exist (nothing to constrain). */
  dayIndex(isoDay: number): number | null {
    return this.dayIndexByIso.get(isoDay) ?? null;
  }

  position(periodIndex: number): number | null {
    return this.positionByPeriodIndex.get(periodIndex) ?? null;
  }

  slot(isoDay: number, periodIndex: number): Slot | null {
    const day = this.dayIndex(isoDay);
    const position = this.position(periodIndex);
    if (day === null || position === null) return null;
    return day * this.grid.periodsPerDay + position;
  }

  /** Slots of the given (ISO weekday, period) pairs that lie on the grid, sorted and distinct. */
  slots(cells: { day: number; period: number }[]): Slot[] {
    const slots = new Set<Slot>();
    for (const cell of cells) {
      const slot = this.slot(cell.day, cell.period);
      if (slot !== null) slots.add(slot);
    }
    return [...slots].sort((a, b) => a - b);
  }

  isoDay(dayIndex: number): number {
    const iso = this.grid.isoDayByIndex[dayIndex];
    if (iso === undefined) throw new Error(`Day index ${dayIndex} is outside the term's ${this.grid.days} working days`);
    return iso;
  }

  periodIndex(position: number): number {
    const periodIndex = this.grid.periodIndexByPosition[position];
    if (periodIndex === undefined) throw new Error(`Period position ${position} is outside the term's ${this.grid.periodsPerDay} periods`);
    return periodIndex;
  }
}
