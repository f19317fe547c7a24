/**
 * Parser for ITC-2007 track 3 (curriculum-based course timetabling) instances, the `.ctt` format:
 * a header of `Key: value` lines, then COURSES:, ROOMS:, CURRICULA:, UNAVAILABILITY_CONSTRAINTS:
 * sections and `END.`. Ids stay strings exactly as written (room "36" is printed back as "36").
 * Malformed input raises CttParseError with the 1-based line number, never a half-built instance.
 */
import { CONTROL_CHARACTER_EXCEPT_LINE_BREAKS } from "@/lib/validation/control-characters";

export interface CttCourse {
  id: string;
  teacher: string;
  lectures: number;
  minWorkingDays: number;
  students: number;
}

export interface CttRoom {
  id: string;
  capacity: number;
}

export interface CttCurriculum {
  id: string;
  courseIds: string[];
}

export interface CttUnavailability {
  courseId: string;
  day: number;
  period: number;
}

export interface CttInstance {
  name: string;
  days: number;
  periodsPerDay: number;
  courses: CttCourse[];
  rooms: CttRoom[];
  curricula: CttCurriculum[];
  unavailability: CttUnavailability[];
}

export class CttParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CttParseError";
  }
}

// Bounds, so that every number fits its database column (a capacity of 99999999999 overflowed an
// integer column: a 500) and no id or name carries a control character (PostgreSQL refuses NUL).
const MAX_COUNT = 100_000; // rooms, courses, students, capacity: far above any real instance
const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 100;

const HEADER_KEYS = ["Name", "Courses", "Rooms", "Days", "Periods_per_day", "Curricula", "Constraints"] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];
const SECTIONS = ["COURSES:", "ROOMS:", "CURRICULA:", "UNAVAILABILITY_CONSTRAINTS:"] as const;

interface Line {
  number: number;
  tokens: string[];
}

function tokenize(raw: string, number: number): Line {
  // Tabs separate tokens; any other control character is refused on its line.
  if (CONTROL_CHARACTER_EXCEPT_LINE_BREAKS.test(raw)) throw new CttParseError("contains a control character (a NUL or similar): not a text .ctt line", number);
  const tokens = raw.trim().split(/\s+/).filter((t) => t.length > 0);
  // The Name header may hold spaces and is checked as a whole (MAX_NAME_LENGTH) when read.
  const tooLong = tokens[0] === "Name:" ? undefined : tokens.find((t) => t.length > MAX_ID_LENGTH);
  if (tooLong) {
    throw new CttParseError(`"${tooLong.slice(0, 20)}..." is longer than ${MAX_ID_LENGTH} characters`, number);
  }
  return { number, tokens };
}

export function parseCtt(text: string): CttInstance {
  const lines: Line[] = text
    .split(/\r?\n/)
    .map((raw, i) => tokenize(raw, i + 1))
    .filter((l) => l.tokens.length > 0);
  let cursor = 0;
  const lastLine = text.split(/\r?\n/).length;
  const next = (what: string): Line => {
    const line = lines[cursor++];
    if (!line) throw new CttParseError(`unexpected end of file, expected ${what}`, lastLine);
    return line;
  };

  const header = new Map<HeaderKey, string>();
  for (const key of HEADER_KEYS) {
    const line = next(`"${key}:"`);
    // Only Name may contain spaces; the counts are single tokens.
    const arity = key === "Name" ? line.tokens.length >= 2 : line.tokens.length === 2;
    if (line.tokens[0] !== `${key}:` || !arity) {
      throw new CttParseError(`expected "${key}: <value>", found "${line.tokens.join(" ")}"`, line.number);
    }
    const value = line.tokens.slice(1).join(" ");
    if (key === "Name" && value.length > MAX_NAME_LENGTH) throw new CttParseError(`the name is longer than ${MAX_NAME_LENGTH} characters`, line.number);
    header.set(key, value);
  }
  const headerInt = (key: HeaderKey) => {
    const value = header.get(key)!;
    const line = HEADER_KEYS.indexOf(key) + 1;
    if (!/^\d+$/.test(value)) throw new CttParseError(`header ${key} must be a non-negative integer, found "${value}"`, line);
    if (value.length > 6 || Number(value) > MAX_COUNT) throw new CttParseError(`header ${key} must be at most ${MAX_COUNT}, found ${value}`, line);
    return Number(value);
  };
  const counts = {
    courses: headerInt("Courses"),
    rooms: headerInt("Rooms"),
    days: headerInt("Days"),
    periodsPerDay: headerInt("Periods_per_day"),
    curricula: headerInt("Curricula"),
    constraints: headerInt("Constraints"),
  };

  const expectSection = (title: (typeof SECTIONS)[number]) => {
    const line = next(title);
    if (line.tokens.length !== 1 || line.tokens[0] !== title) throw new CttParseError(`expected section "${title}", found "${line.tokens.join(" ")}"`, line.number);
  };
  const int = (token: string, what: string, line: Line, max = MAX_COUNT) => {
    if (!/^\d+$/.test(token)) throw new CttParseError(`${what} must be a non-negative integer, found "${token}"`, line.number);
    if (token.length > 9 || Number(token) > max) throw new CttParseError(`${what} must be at most ${max}, found ${token}`, line.number);
    return Number(token);
  };
  const fields = (line: Line, n: number, shape: string) => {
    if (line.tokens.length !== n) throw new CttParseError(`expected "${shape}" (${n} fields), found ${line.tokens.length}: "${line.tokens.join(" ")}"`, line.number);
    return line.tokens;
  };

  expectSection("COURSES:");
  const courses: CttCourse[] = [];
  const courseIds = new Set<string>();
  for (let i = 0; i < counts.courses; i++) {
    const line = next(`course ${i + 1} of ${counts.courses}`);
    const [id, teacher, lectures, minDays, students] = fields(line, 5, "CourseID Teacher #Lectures MinWorkingDays #Students");
    if (courseIds.has(id)) throw new CttParseError(`duplicate course "${id}"`, line.number);
    courseIds.add(id);
    courses.push({
      id,
      teacher,
      // A course meets at most once per period of the week, on at most every day.
      lectures: int(lectures, "#Lectures", line, counts.days * counts.periodsPerDay),
      minWorkingDays: int(minDays, "MinWorkingDays", line, counts.days),
      students: int(students, "#Students", line),
    });
  }

  expectSection("ROOMS:");
  const rooms: CttRoom[] = [];
  const roomIds = new Set<string>();
  for (let i = 0; i < counts.rooms; i++) {
    const line = next(`room ${i + 1} of ${counts.rooms}`);
    const [id, capacity] = fields(line, 2, "RoomID Capacity");
    if (roomIds.has(id)) throw new CttParseError(`duplicate room "${id}"`, line.number);
    roomIds.add(id);
    rooms.push({ id, capacity: int(capacity, "Capacity", line) });
  }

  expectSection("CURRICULA:");
  const curricula: CttCurriculum[] = [];
  for (let i = 0; i < counts.curricula; i++) {
    const line = next(`curriculum ${i + 1} of ${counts.curricula}`);
    if (line.tokens.length < 2) throw new CttParseError(`expected "CurriculumID #Courses CourseID ...", found "${line.tokens.join(" ")}"`, line.number);
    const [id, size, ...members] = line.tokens;
    const n = int(size, "#Courses", line);
    if (members.length !== n) throw new CttParseError(`curriculum "${id}" declares ${n} courses but lists ${members.length}`, line.number);
    for (const member of members) {
      if (!courseIds.has(member)) throw new CttParseError(`curriculum "${id}" lists unknown course "${member}"`, line.number);
    }
    curricula.push({ id, courseIds: members });
  }

  expectSection("UNAVAILABILITY_CONSTRAINTS:");
  const unavailability: CttUnavailability[] = [];
  for (let i = 0; i < counts.constraints; i++) {
    const line = next(`constraint ${i + 1} of ${counts.constraints}`);
    const [courseId, dayToken, periodToken] = fields(line, 3, "CourseID Day Period");
    if (!courseIds.has(courseId)) throw new CttParseError(`unavailability for unknown course "${courseId}"`, line.number);
    const day = int(dayToken, "Day", line);
    const period = int(periodToken, "Period", line);
    if (day >= counts.days) throw new CttParseError(`day ${day} is outside 0..${counts.days - 1}`, line.number);
    if (period >= counts.periodsPerDay) throw new CttParseError(`period ${period} is outside 0..${counts.periodsPerDay - 1}`, line.number);
    unavailability.push({ courseId, day, period });
  }

  const end = next(`"END."`);
  if (end.tokens.join(" ") !== "END.") throw new CttParseError(`expected "END." (is a header count too small?), found "${end.tokens.join(" ")}"`, end.number);
  if (cursor < lines.length) throw new CttParseError(`unexpected content after "END."`, lines[cursor].number);

  return { name: header.get("Name")!, days: counts.days, periodsPerDay: counts.periodsPerDay, courses, rooms, curricula, unavailability };
}
