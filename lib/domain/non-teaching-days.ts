/**
 * A term's non-teaching days: stored as labelled ranges (one day or several), used as single dates
 * by calendars, views and the API. Pure: dates are "YYYY-MM-DD" strings.
 */
import { addDays, type IsoDate } from "@/lib/dates/iso-date";

export interface NonTeachingRange {
  firstDay: IsoDate;
  lastDay: IsoDate;
  label: string;
}

export interface NonTeachingDate {
  date: IsoDate;
  label: string;
}

// A range longer than this is a typing error, not a break (and would make a huge expansion).
export const MAX_RANGE_DAYS = 366;

/**
 * Every date of the ranges, in date order, each once (where ranges overlap, the earlier-starting
 * range's label wins), limited to `within` when given (a term's first and last day).
 */
export function expandNonTeachingDays(ranges: readonly NonTeachingRange[], within?: { firstDay: IsoDate; lastDay: IsoDate }): NonTeachingDate[] {
  const byDate = new Map<IsoDate, string>();
  const sorted = [...ranges].sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.label.localeCompare(b.label));
  for (const range of sorted) {
    let date = range.firstDay;
    for (let i = 0; date <= range.lastDay && i < MAX_RANGE_DAYS; i++, date = addDays(date, 1)) {
      if (within && (date < within.firstDay || date > within.lastDay)) continue;
      if (!byDate.has(date)) byDate.set(date, range.label);
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, label]) => ({ date, label }));
}
