/**
 * ITC-2007 track 3 solution files (`.sol`): one line per lecture, `CourseID RoomID Day Period`,
 * day and period 0-based. Parsing checks only the shape; whether ids exist is the validator's job.
 */

export interface SolLine {
  courseId: string;
  roomId: string;
  day: number;
  period: number;
}

export class SolParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "SolParseError";
  }
}

export function formatSolution(lines: SolLine[]): string {
  return lines.map((l) => `${l.courseId} ${l.roomId} ${l.day} ${l.period}\n`).join("");
}

export function parseSolution(text: string): SolLine[] {
  const out: SolLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const tokens = raw.trim().split(/\s+/).filter((t) => t.length > 0);
    if (tokens.length === 0) return;
    if (tokens.length !== 4) throw new SolParseError(`expected "CourseID RoomID Day Period", found "${raw.trim()}"`, i + 1);
    const [courseId, roomId, day, period] = tokens;
    for (const [value, what] of [
      [day, "Day"],
      [period, "Period"],
    ] as const) {
      if (!/^\d+$/.test(value)) throw new SolParseError(`${what} must be a non-negative integer, found "${value}"`, i + 1);
    }
    out.push({ courseId, roomId, day: Number(day), period: Number(period) });
  });
  return out;
}
