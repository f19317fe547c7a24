// Local wall-clock times in an IANA time zone, using only Intl (no time-zone package is installed).
//
// ical-generator formats a native Date with the *server's* local time when an event has a TZID, so
// a class at 09:00 Europe/London would come out at the server's hour. It also accepts Temporal
// PlainDateTime objects and then writes their fields unchanged next to the TZID. Node 20 has no
// Temporal, so `plainDateTime()` below builds the small part of that interface it reads.
import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from "ical-generator";

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at an instant. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

function wallClockAsUtcMs(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** UTC offset in minutes (east positive) in force at an instant, e.g. 60 for BST, 330 for IST. */
export function utcOffsetMinutesAt(instant: Date, timeZone: string): number {
  const wholeSecondMs = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtcMs(wallClockAt(new Date(wholeSecondMs), timeZone)) - wholeSecondMs) / 60_000);
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time skipped by a spring-forward gap is
 * moved forward by the gap; a repeated autumn hour resolves to its first (daylight) occurrence.
 */
export function wallClockToInstant(wall: WallClock, timeZone: string): Date {
  const asUtc = wallClockAsUtcMs(wall);
  // Two rounds of "subtract the offset in force there" settle on the right offset, except in a gap.
  const firstGuess = asUtc - utcOffsetMinutesAt(new Date(asUtc), timeZone) * 60_000;
  const offsetThere = utcOffsetMinutesAt(new Date(firstGuess), timeZone);
  const secondGuess = asUtc - offsetThere * 60_000;
  const earlierOffset = utcOffsetMinutesAt(new Date(secondGuess - 3 * 3600_000), timeZone);
  const earlierGuess = asUtc - earlierOffset * 60_000;
  if (earlierOffset !== offsetThere && utcOffsetMinutesAt(new Date(earlierGuess), timeZone) === earlierOffset) {
    return new Date(earlierGuess); // the repeated hour: take the first occurrence
  }
  return new Date(secondGuess);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function isoDateString(wall: WallClock): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

function isoDateTimeString(wall: WallClock): string {
  return `${isoDateString(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/**
 * A wall-clock time shaped like a Temporal.PlainDateTime for ical-generator. Combined with an event
 * `timezone`, it is written as `DTSTART;TZID=<zone>:<these fields>`.
 */
export function plainDateTime(wall: WallClock): ICalTemporalPlainDateTimeStub {
  const plain: ICalTemporalPlainDateTimeStub = {
    ...wall,
    toPlainDate: (): ICalTemporalPlainDateStub => ({
      year: wall.year,
      month: wall.month,
      day: wall.day,
      toJSON: () => isoDateString(wall),
      toString: () => isoDateString(wall),
    }),
    toZonedDateTime: (timeZone) => zonedDateTime(plain, wall, timeZone),
    toJSON: () => isoDateTimeString(wall),
    toString: () => isoDateTimeString(wall),
  };
  return plain;
}

function zonedDateTime(plain: ICalTemporalPlainDateTimeStub, wall: WallClock, timeZone: string): ICalTemporalZonedDateTimeStub {
  const instant = (): ICalTemporalInstantStub => {
    const date = wallClockToInstant(wall, timeZone);
    return {
      epochMilliseconds: date.getTime(),
      toJSON: () => date.toISOString(),
      toString: () => date.toISOString(),
      toZonedDateTimeISO: (otherZone) => plainDateTime(wallClockAt(date, otherZone)).toZonedDateTime(otherZone),
    };
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...wall,
    timeZoneId: timeZone,
    toInstant: instant,
    toPlainDateTime: () => plain,
    withTimeZone: (otherZone) =>
      otherZone === timeZone
        ? zoned
        : plainDateTime(wallClockAt(wallClockToInstant(wall, timeZone), otherZone)).toZonedDateTime(otherZone),
    toJSON: () => `${isoDateTimeString(wall)}[${timeZone}]`,
    toString: () => `${isoDateTimeString(wall)}[${timeZone}]`,
  };
  return zoned;
}
