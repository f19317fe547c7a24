// VTIMEZONE components built from the runtime's own time-zone data (Intl), so that calendar
// clients that do not know an IANA name (or know an outdated rule) still place each class at the
// right local time. No VTIMEZONE package is installed; this lists the actual transitions of the
// years a term spans rather than a recurrence rule, which RFC 5545 allows and is exact.
import { utcOffsetMinutesAt, type WallClock } from "./zoned-wall-time";

export type ZoneTransition = {
  /** First instant with the new offset. */
  at: Date;
  offsetFromMinutes: number;
  offsetToMinutes: number;
};

const HOUR_MS = 3600_000;
// Sampling every 6 hours cannot miss a transition: zones change offset at most a few times a year.
const SAMPLE_STEP_MS = 6 * HOUR_MS;

/** Narrows [low, high) to the first minute whose offset differs from low's. */
function bisectTransition(lowMs: number, highMs: number, timeZone: string): number {
  const lowOffset = utcOffsetMinutesAt(new Date(lowMs), timeZone);
  let low = lowMs;
  let high = highMs;
  while (high - low > 60_000) {
    const mid = low + Math.floor((high - low) / 120_000) * 60_000;
    if (utcOffsetMinutesAt(new Date(mid), timeZone) === lowOffset) low = mid;
    else high = mid;
  }
  return high;
}

/** Offset changes of `timeZone` between two instants. */
export function findZoneTransitions(timeZone: string, from: Date, to: Date): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let previousMs = from.getTime();
  let previousOffset = utcOffsetMinutesAt(from, timeZone);
  for (let sampleMs = previousMs + SAMPLE_STEP_MS; sampleMs <= to.getTime() + SAMPLE_STEP_MS; sampleMs += SAMPLE_STEP_MS) {
    const offset = utcOffsetMinutesAt(new Date(sampleMs), timeZone);
    if (offset !== previousOffset) {
      const atMs = bisectTransition(previousMs, sampleMs, timeZone);
      transitions.push({ at: new Date(atMs), offsetFromMinutes: previousOffset, offsetToMinutes: offset });
      previousOffset = offset;
    }
    previousMs = sampleMs;
  }
  return transitions;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}

function formatLocal(wall: WallClock): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(wall.year, 4)}${p(wall.month)}${p(wall.day)}T${p(wall.hour)}${p(wall.minute)}${p(wall.second)}`;
}

function utcFields(date: Date): WallClock {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

function shortZoneName(instant: Date, timeZone: string): string | null {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  // "GMT+5:30"-style names carry no information beyond the offset; only real abbreviations are kept.
  return part && /^[A-Z]{2,5}$/.test(part.value) ? part.value : null;
}

function observance(
  kind: "STANDARD" | "DAYLIGHT",
  onset: Date,
  fromMinutes: number,
  toMinutes: number,
  timeZone: string,
): string[] {
  // DTSTART of an observance is the local time of the onset as read on the clock *before* it.
  const onsetLocal = utcFields(new Date(onset.getTime() + fromMinutes * 60_000));
  const name = shortZoneName(onset, timeZone);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocal(onsetLocal)}`,
    `TZOFFSETFROM:${formatOffset(fromMinutes)}`,
    `TZOFFSETTO:${formatOffset(toMinutes)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE for `timeZone` covering [from, to]: one observance for the offset in force at
 * `from`, then one per transition. The larger of two offsets is reported as DAYLIGHT.
 */
export function buildVTimezone(timeZone: string, from: Date, to: Date): string {
  const key = `${timeZone}|${from.getTime()}|${to.getTime()}`;
  let built = builtVTimezones.get(key);
  if (built === undefined) {
    // Every feed request of a term asks for the same component; finding transitions costs
    // hundreds of Intl calls, so remember a few. Old entries go first when the map is full.
    if (builtVTimezones.size >= MAX_CACHED_VTIMEZONES) builtVTimezones.delete(builtVTimezones.keys().next().value!);
    built = computeVTimezone(timeZone, from, to);
    builtVTimezones.set(key, built);
  }
  return built;
}

const MAX_CACHED_VTIMEZONES = 32;
const builtVTimezones = new Map<string, string>();

function computeVTimezone(timeZone: string, from: Date, to: Date): string {
  const initialOffset = utcOffsetMinutesAt(from, timeZone);
  const transitions = findZoneTransitions(timeZone, from, to);
  const smallestOffset = Math.min(initialOffset, ...transitions.map((t) => t.offsetToMinutes));
  const kindOf = (offset: number) => (offset > smallestOffset ? "DAYLIGHT" : "STANDARD");
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${timeZone}`];
  lines.push(...observance(kindOf(initialOffset), from, initialOffset, initialOffset, timeZone));
  for (const transition of transitions) {
    lines.push(
      ...observance(kindOf(transition.offsetToMinutes), transition.at, transition.offsetFromMinutes, transition.offsetToMinutes, timeZone),
    );
  }
  lines.push(`END:VTIMEZONE`);
  return lines.join("\r\n");
}
