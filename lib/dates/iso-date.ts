/**
 * Calendar dates as "YYYY-MM-DD". PostgreSQL DATE columns arrive as Date objects at UTC midnight,
 * so the UTC fields are the date itself; arithmetic stays on UTC midnights to avoid DST shifts.
 */
export type IsoDate = string;

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** UTC midnight of an ISO date, as a DATE column expects it. */
export function fromIsoDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = fromIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of an ISO date. */
export function isoWeekday(date: IsoDate): number {
  const day = fromIsoDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week an ISO date falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}
