/**
 * Independent ITC-2007 track 3 validator: computes the official UD2 cost straight from the parsed
 * instance and .sol lines, sharing no code with the solver (not SolverInput, not evaluate()), so a
 * bug in the mapping or the scorer cannot hide itself.
 *
 * Semantics follow the competition's validator: the timetable is a course x period matrix holding
 * a room. Lines naming an unknown course or room, a day/period off the grid, or a course already
 * scheduled in that period are skipped with a warning (the official tool does the same), so they
 * show up as missing lectures. Conflicts count, for each pair of conflicting courses (same teacher
 * or sharing a curriculum), the periods where both have a lecture.
 */
import type { CttInstance } from "./parse-ctt";
import type { SolLine } from "./solution-format";

export interface Ud2Hard {
  Lectures: number;
  Conflicts: number;
  RoomOccupancy: number;
  Availability: number;
}

/** Weighted soft costs (the numbers the official validator prints). */
export interface Ud2Soft {
  RoomCapacity: number;
  MinWorkingDays: number;
  IsolatedLectures: number;
  RoomStability: number;
}

export interface Ud2Result {
  hard: number;
  soft: number;
  hardBreakdown: Ud2Hard;
  softBreakdown: Ud2Soft;
  warnings: string[];
}

export const UD2_MIN_WORKING_DAYS_WEIGHT = 5;
export const UD2_ISOLATED_WEIGHT = 2;

export function validateUd2(instance: CttInstance, solution: SolLine[]): Ud2Result {
  const { days, periodsPerDay } = instance;
  const periods = days * periodsPerDay;
  const courseIndex = new Map(instance.courses.map((c, i) => [c.id, i]));
  const roomIndex = new Map(instance.rooms.map((r, i) => [r.id, i]));
  const warnings: string[] = [];

  // roomAt[c][p]: room index of course c's lecture in period p, or -1.
  const roomAt = instance.courses.map(() => new Array<number>(periods).fill(-1));
  solution.forEach((line, i) => {
    const where = `solution entry ${i + 1} "${line.courseId} ${line.roomId} ${line.day} ${line.period}"`;
    const c = courseIndex.get(line.courseId);
    const r = roomIndex.get(line.roomId);
    if (c === undefined) return void warnings.push(`${where}: unknown course (skipped)`);
    if (r === undefined) return void warnings.push(`${where}: unknown room (skipped)`);
    if (line.day >= days) return void warnings.push(`${where}: day out of range (skipped)`);
    if (line.period >= periodsPerDay) return void warnings.push(`${where}: period out of range (skipped)`);
    const p = line.day * periodsPerDay + line.period;
    if (roomAt[c][p] !== -1) return void warnings.push(`${where}: course already has a lecture in this period (skipped)`);
    roomAt[c][p] = r;
  });
  const scheduled = (c: number, p: number) => roomAt[c][p] !== -1;

  const hardBreakdown: Ud2Hard = { Lectures: 0, Conflicts: 0, RoomOccupancy: 0, Availability: 0 };

  instance.courses.forEach((course, c) => {
    const lectures = roomAt[c].filter((r) => r !== -1).length;
    hardBreakdown.Lectures += Math.abs(lectures - course.lectures);
  });

  const conflicting = conflictMatrix(instance, courseIndex);
  for (let c1 = 0; c1 < instance.courses.length; c1++) {
    for (let c2 = c1 + 1; c2 < instance.courses.length; c2++) {
      if (!conflicting[c1][c2]) continue;
      for (let p = 0; p < periods; p++) if (scheduled(c1, p) && scheduled(c2, p)) hardBreakdown.Conflicts++;
    }
  }

  for (let p = 0; p < periods; p++) {
    const perRoom = new Array<number>(instance.rooms.length).fill(0);
    instance.courses.forEach((_, c) => {
      if (scheduled(c, p)) perRoom[roomAt[c][p]]++;
    });
    for (const n of perRoom) hardBreakdown.RoomOccupancy += Math.max(0, n - 1);
  }

  const unavailable = new Set(instance.unavailability.map((u) => `${u.courseId}@${u.day * periodsPerDay + u.period}`));
  instance.courses.forEach((course, c) => {
    for (let p = 0; p < periods; p++) if (scheduled(c, p) && unavailable.has(`${course.id}@${p}`)) hardBreakdown.Availability++;
  });

  const softBreakdown: Ud2Soft = { RoomCapacity: 0, MinWorkingDays: 0, IsolatedLectures: 0, RoomStability: 0 };
  instance.courses.forEach((course, c) => {
    const workingDays = new Set<number>();
    const usedRooms = new Set<number>();
    for (let p = 0; p < periods; p++) {
      if (!scheduled(c, p)) continue;
      softBreakdown.RoomCapacity += Math.max(0, course.students - instance.rooms[roomAt[c][p]].capacity);
      workingDays.add(Math.floor(p / periodsPerDay));
      usedRooms.add(roomAt[c][p]);
    }
    softBreakdown.MinWorkingDays += UD2_MIN_WORKING_DAYS_WEIGHT * Math.max(0, course.minWorkingDays - workingDays.size);
    softBreakdown.RoomStability += Math.max(0, usedRooms.size - 1);
  });

  for (const curriculum of instance.curricula) {
    const members = [...new Set(curriculum.courseIds)].map((id) => courseIndex.get(id)!);
    const lecturesAt = (p: number) => members.filter((c) => scheduled(c, p)).length;
    for (let day = 0; day < days; day++) {
      for (let s = 0; s < periodsPerDay; s++) {
        const p = day * periodsPerDay + s;
        const here = lecturesAt(p);
        if (here === 0) continue;
        const before = s > 0 ? lecturesAt(p - 1) : 0;
        const after = s < periodsPerDay - 1 ? lecturesAt(p + 1) : 0;
        if (before === 0 && after === 0) softBreakdown.IsolatedLectures += UD2_ISOLATED_WEIGHT * here;
      }
    }
  }

  const sum = (o: object) => Object.values(o).reduce((a: number, b: number) => a + b, 0);
  return { hard: sum(hardBreakdown), soft: sum(softBreakdown), hardBreakdown, softBreakdown, warnings };
}

/** conflicting[c1][c2]: same teacher, or both in some curriculum. */
function conflictMatrix(instance: CttInstance, courseIndex: Map<string, number>): boolean[][] {
  const n = instance.courses.length;
  const m = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (instance.courses[a].teacher === instance.courses[b].teacher) m[a][b] = m[b][a] = true;
    }
  }
  for (const curriculum of instance.curricula) {
    const members = curriculum.courseIds.map((id) => courseIndex.get(id)!);
    for (const a of members) for (const b of members) if (a !== b) m[a][b] = true;
  }
  return m;
}

/** Multi-line human summary in the official validator's order. */
export function formatUd2(result: Ud2Result): string {
  const h = result.hardBreakdown;
  const s = result.softBreakdown;
  return [
    `Violations of Lectures (hard) : ${h.Lectures}`,
    `Violations of Conflicts (hard) : ${h.Conflicts}`,
    `Violations of Availability (hard) : ${h.Availability}`,
    `Violations of RoomOccupancy (hard) : ${h.RoomOccupancy}`,
    `Cost of RoomCapacity (soft) : ${s.RoomCapacity}`,
    `Cost of MinWorkingDays (soft) : ${s.MinWorkingDays}`,
    `Cost of IsolatedLectures (soft) : ${s.IsolatedLectures}`,
    `Cost of RoomStability (soft) : ${s.RoomStability}`,
    ...(result.warnings.length > 0 ? [`${result.warnings.length} warning(s):`, ...result.warnings.map((w) => `  ${w}`)] : []),
  ].join("\n");
}
