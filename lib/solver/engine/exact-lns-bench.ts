/**
 * Developer experiment: can an exact large neighbourhood improve the annealer's finished ITC-2007
 * solutions? Each try frees part of a solution and re-places it optimally with the HiGHS MIP solver
 * (the `highs` devDependency), everything else fixed; it is kept when the UD2 validator's cost drops.
 * Usage: node --import tsx lib/solver/engine/exact-lns-bench.ts <instance.ctt> <solution.sol> <mode> <size> [tries] [mip seconds]
 *   mode "days": free every lecture on `size` whole days (they may change period and day within them);
 *   mode "curricula": free every lecture of the courses of `size` curricula linked by shared courses
 *   (they may go to any period of the week).
 * The MIP is exact for periods: hard rules, minimum working days and isolated lectures. Rooms enter
 * only as "a room of sufficient size is free" (per period, nested by capacity: Hall's condition), so
 * a re-placement never adds capacity cost; rooms are then given greedily, preferring each course's own.
 */
import { readFileSync } from "node:fs";
import loadHighs from "highs";
import { parseCtt, type CttInstance } from "../../formats/itc2007/parse-ctt";
import { parseSolution, type SolLine } from "../../formats/itc2007/solution-format";
import { UD2_ISOLATED_WEIGHT, UD2_MIN_WORKING_DAYS_WEIGHT, validateUd2 } from "../../formats/itc2007/validate-ud2";
import { Rng } from "./rng";

const [cttFile, solFile, mode = "curricula", sizeArg = "2", triesArg = "20", secondsArg = "5"] = process.argv.slice(2);
if (!cttFile || !solFile || (mode !== "days" && mode !== "curricula")) {
  throw new Error("usage: exact-lns-bench.ts <instance.ctt> <solution.sol> days|curricula <size> [tries] [mip seconds]");
}
const inst = parseCtt(readFileSync(cttFile, "utf8"));
const highs = await loadHighs();
const rng = new Rng(1);
const P = inst.periodsPerDay;
const slots = inst.days * P;
const courseOf = new Map(inst.courses.map((c) => [c.id, c]));
const unavailable = new Set(inst.unavailability.map((u) => `${u.courseId}@${u.day * P + u.period}`));
const slotOf = (l: SolLine) => l.day * P + l.period;

/** A subproblem: the lectures set free and the periods they may take. */
interface Neighbourhood {
  freed: Set<string>;
  isFreed: (l: SolLine) => boolean;
  allowed: (s: number) => boolean;
}

/** A random neighbourhood of the current solution, of the mode and size given on the command line. */
function pickNeighbourhood(current: SolLine[]): Neighbourhood {
  if (mode === "days") {
    const days = new Set<number>();
    while (days.size < Math.min(Number(sizeArg), inst.days)) days.add(rng.int(inst.days));
    const freed = new Set(current.filter((l) => days.has(l.day)).map((l) => l.courseId));
    return { freed, isFreed: (l) => days.has(l.day), allowed: (s) => days.has(Math.floor(s / P)) };
  }
  const freed = new Set(inst.curricula[rng.int(inst.curricula.length)].courseIds);
  for (let k = 1; k < Number(sizeArg); k++) {
    const linked = inst.curricula.filter((q) => q.courseIds.some((c) => freed.has(c)));
    for (const c of linked[rng.int(linked.length)].courseIds) freed.add(c);
  }
  return { freed, isFreed: (l) => freed.has(l.courseId), allowed: () => true };
}

/** CPLEX LP text; HiGHS's reader wants lines well under 255 characters. */
function lpText(objective: string[], rows: string[], continuous: string[], binaries: string[]): string {
  const wrap = (tokens: string[]) => {
    const out: string[] = [];
    let line = "";
    for (const t of tokens) {
      if (line.length + t.length > 200) {
        out.push(line);
        line = "";
      }
      line += (line ? " " : "") + t;
    }
    return [...out, line].join("\n ");
  };
  const terms = (list: string[]) => list.join(" + ").split(" ");
  return [
    "Minimize",
    ` ${wrap(["obj:", ...(objective.length ? terms(objective) : ["0"])])}`,
    "Subject To",
    ...rows.map((r, i) => ` ${wrap([`r${i}:`, ...r.split(" ")])}`),
    "Bounds",
    ...continuous.map((v) => ` ${v} >= 0`),
    "Binaries",
    ` ${wrap(binaries)}`,
    "End",
  ].join("\n");
}

/** Optimal re-placement of the neighbourhood's lectures, or null when there is none (HiGHS found none, a course has no open period, or rooms run out). */
function reoptimise(instance: CttInstance, current: SolLine[], n: Neighbourhood): { lines: SolLine[]; ms: number } | null {
  const kept = current.filter((l) => !n.isFreed(l));
  const keptAt: SolLine[][] = Array.from({ length: slots }, () => []);
  for (const l of kept) keptAt[slotOf(l)].push(l);
  const count = new Map<string, number>();
  for (const l of current) if (n.isFreed(l)) count.set(l.courseId, (count.get(l.courseId) ?? 0) + 1);
  const courses = [...count.keys()];
  const x = (c: string, s: number) => `x_${c}_${s}`;
  const vars = new Set<string>();
  const rows: string[] = [];
  const objective: string[] = [];
  const continuous: string[] = [];
  const curriculaOf = (c: string) => instance.curricula.filter((q) => q.courseIds.includes(c));
  for (const c of courses) {
    const course = courseOf.get(c)!;
    const curricula = curriculaOf(c);
    const clashesWithKept = (s: number) =>
      keptAt[s].some((l) => courseOf.get(l.courseId)!.teacher === course.teacher || curricula.some((q) => q.courseIds.includes(l.courseId)));
    const open: number[] = [];
    for (let s = 0; s < slots; s++) if (n.allowed(s) && !unavailable.has(`${c}@${s}`) && !clashesWithKept(s)) open.push(s);
    if (open.length === 0) return null;
    const mine = open.map((s) => x(c, s));
    mine.forEach((v) => vars.add(v));
    rows.push(`${mine.join(" + ")} = ${count.get(c)}`);
    const keptDays = new Set(kept.filter((l) => l.courseId === c).map((l) => l.day));
    const dayVars: string[] = [];
    for (let d = 0; d < instance.days; d++) {
      const onDay = open.filter((s) => Math.floor(s / P) === d).map((s) => x(c, s));
      if (keptDays.has(d) || onDay.length === 0) continue;
      dayVars.push(`y_${c}_${d}`);
      rows.push(`y_${c}_${d} - ${onDay.join(" - ")} <= 0`);
    }
    const short = course.minWorkingDays - keptDays.size;
    if (short > 0) {
      continuous.push(`u_${c}`);
      objective.push(`${UD2_MIN_WORKING_DAYS_WEIGHT} u_${c}`);
      rows.push(`u_${c}${dayVars.map((y) => ` + ${y}`).join("")} >= ${short}`);
    }
    dayVars.forEach((v) => vars.add(v));
  }
  const freedVars = (cs: string[], s: number) => (s < 0 || s >= slots ? [] : cs.map((c) => x(c, s)).filter((v) => vars.has(v)));
  const sameDay = (a: number, b: number) => Math.floor(a / P) === Math.floor(b / P);
  const groups = [...instance.curricula.map((q) => q.courseIds), ...[...new Set(courses.map((c) => courseOf.get(c)!.teacher))].map((t) => instance.courses.filter((c) => c.teacher === t).map((c) => c.id))];
  for (const members of groups) {
    const cs = members.filter((c) => count.has(c));
    if (cs.length > 1) for (let s = 0; s < slots; s++) if (freedVars(cs, s).length > 1) rows.push(`${freedVars(cs, s).join(" + ")} <= 1`);
  }
  instance.curricula.forEach((q, qi) => {
    const cs = q.courseIds.filter((c) => count.has(c));
    if (cs.length === 0) return;
    const keptOcc = (s: number) => (s < 0 || s >= slots ? 0 : keptAt[s].filter((l) => q.courseIds.includes(l.courseId)).length);
    for (let s = 0; s < slots; s++) {
      const nb = [s - 1, s + 1].filter((t) => t >= 0 && t < slots && sameDay(s, t));
      const here = freedVars(cs, s);
      const around = nb.flatMap((t) => freedVars(cs, t));
      if (here.length === 0 && (keptOcc(s) === 0 || around.length === 0)) continue; // constant cost
      // isolated(s) >= occupancy(s) - occupancy of the neighbours, for this curriculum
      const z = `z_${qi}_${s}`;
      vars.add(z);
      objective.push(`${UD2_ISOLATED_WEIGHT} ${z}`);
      const rhs = keptOcc(s) - nb.reduce((sum, t) => sum + keptOcc(t), 0);
      rows.push(`${z}${here.map((v) => ` - ${v}`).join("")}${around.map((v) => ` + ${v}`).join("")} >= ${rhs}`);
    }
  });
  for (let s = 0; s < slots; s++) {
    const taken = new Set(keptAt[s].map((l) => l.roomId));
    const free = instance.rooms.filter((r) => !taken.has(r.id));
    for (const floor of [-1, ...new Set(free.map((r) => r.capacity))]) {
      const above = free.filter((r) => r.capacity > floor).length;
      const need = freedVars(courses.filter((c) => courseOf.get(c)!.students > floor), s);
      if (need.length > above) rows.push(`${need.join(" + ")} <= ${above}`);
    }
  }
  const started = performance.now();
  const result = highs.solve(lpText(objective, rows, continuous, [...vars]), { output_flag: false, time_limit: Number(secondsArg), mip_rel_gap: 0 });
  const ms = performance.now() - started;
  if (result.Status !== "Optimal" && result.Status !== "Time limit reached") return null;
  const columns = result.Columns as Record<string, { Primal: number }>;
  const periodsOf = new Map(courses.map((c) => [c, [...Array(slots).keys()].filter((s) => (columns[x(c, s)]?.Primal ?? 0) > 0.5)]));
  const placed = giveRooms(instance, current, keptAt, periodsOf);
  return placed && { lines: [...kept, ...placed], ms };
}

/**
 * Rooms for the re-placed lectures, period by period, largest class first: the free room with the
 * least capacity shortfall, then the course's own room, then the smallest. Null if rooms run out.
 */
function giveRooms(instance: CttInstance, current: SolLine[], keptAt: SolLine[][], periodsOf: Map<string, number[]>): SolLine[] | null {
  const placed: SolLine[] = [];
  for (let s = 0; s < slots; s++) {
    const taken = new Set(keptAt[s].map((l) => l.roomId));
    const here = [...periodsOf.keys()].filter((c) => periodsOf.get(c)!.includes(s)).sort((a, b) => courseOf.get(b)!.students - courseOf.get(a)!.students);
    for (const c of here) {
      const own = current.find((l) => l.courseId === c)!.roomId;
      const students = courseOf.get(c)!.students;
      const cost = (r: { id: string; capacity: number }) => 1e6 * Math.max(0, students - r.capacity) + (r.id === own ? 0 : 1e4) + r.capacity;
      const room = instance.rooms.filter((r) => !taken.has(r.id)).sort((a, b) => cost(a) - cost(b))[0];
      if (!room) return null;
      taken.add(room.id);
      placed.push({ courseId: c, roomId: room.id, day: Math.floor(s / P), period: s % P });
    }
  }
  return placed;
}

let lines = parseSolution(readFileSync(solFile, "utf8"));
let cost = validateUd2(inst, lines);
const start = cost.soft;
let improved = 0;
let mipMs = 0;
console.log(`${solFile}: start hard ${cost.hard} soft ${cost.soft} ${JSON.stringify(cost.softBreakdown)}`);
for (let t = 0; t < Number(triesArg); t++) {
  const n = pickNeighbourhood(lines);
  const next = reoptimise(inst, lines, n);
  if (!next) {
    console.log(`try ${t}: no re-placement`);
    continue;
  }
  mipMs += next.ms;
  const after = validateUd2(inst, next.lines);
  const freedLectures = lines.filter(n.isFreed).length;
  console.log(`try ${t}: ${freedLectures} lectures of ${n.freed.size} courses freed, MIP ${next.ms.toFixed(0)} ms, soft ${cost.soft} -> ${after.soft} (hard ${after.hard})`);
  if (after.hard === 0 && after.soft < cost.soft) [lines, cost, improved] = [next.lines, after, improved + 1];
}
console.log(`total: ${mode} ${sizeArg}, ${triesArg} tries, ${improved} kept, soft ${start} -> ${cost.soft}, MIP time ${(mipMs / 1000).toFixed(1)} s`);
