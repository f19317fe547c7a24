/**
 * Names of ISO weekdays (1 = Monday ... 7 = Sunday, as the database stores them), for the server's
 * messages and the browser's grids alike. Pure.
 */
const SHORT_NAMES = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const FULL_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** "Mon" for 1; "Day 9" for anything outside 1-7. */
export function isoDayName(isoDay: number): string {
  return SHORT_NAMES[isoDay] ?? `Day ${isoDay}`;
}

/** "Monday" for 1; "Day 9" for anything outside 1-7. */
export function isoDayFullName(isoDay: number): string {
  return FULL_NAMES[isoDay] ?? `Day ${isoDay}`;
}
