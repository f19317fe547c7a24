/**
 * Cross-check: the solver's evaluate() on toSolverInput(instance) against the independent UD2
 * validator, on random timetables of three differently shaped instances. Soft costs and the hard counts defined the same way
 * must match exactly. Conflicts are counted differently by design (UD2: per conflicting course
 * pair and period; evaluate: per extra occupant per faculty/group and slot), so for them only
 * "zero on both sides or on neither" is asserted, plus exact equality on clash-free timetables.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../solver/evaluate";
import type { CttInstance } from "./parse-ctt";
import type { SolLine } from "./solution-format";
import { HAVE_ITC, loadInstance } from "./test-instances";
import { solutionToPlacements, toSolverInput } from "./to-solver-input";
import { validateUd2 } from "./validate-ud2";

/** Small deterministic PRNG (mulberry32) so a failing case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each course's lectures in distinct random periods and random rooms; some lectures dropped. */
function randomTimetable(instance: CttInstance, seed: number): SolLine[] {
  const random = rng(seed);
  const periods = instance.days * instance.periodsPerDay;
  const lines: SolLine[] = [];
  for (const course of instance.courses) {
    const used = new Set<number>();
    for (let l = 0; l < course.lectures; l++) {
      if (random() < 0.05) continue;
      let p = Math.floor(random() * periods);
      while (used.has(p)) p = (p + 1) % periods;
      used.add(p);
      const room = instance.rooms[Math.floor(random() * instance.rooms.length)];
      lines.push({ courseId: course.id, roomId: room.id, day: Math.floor(p / instance.periodsPerDay), period: p % instance.periodsPerDay });
    }
  }
  return lines;
}

/** Greedy random construction that avoids conflicts, room clashes and unavailability when it can. */
function greedyTimetable(instance: CttInstance, seed: number): SolLine[] {
  const random = rng(seed);
  const periods = instance.days * instance.periodsPerDay;
  const unavailable = new Set(instance.unavailability.map((u) => `${u.courseId}@${u.day * instance.periodsPerDay + u.period}`));
  const curriculaOf = (id: string) => instance.curricula.filter((q) => q.courseIds.includes(id)).map((q) => q.id);
  const busy = new Set<string>();
  const lines: SolLine[] = [];
  const order = [...instance.courses].sort(() => random() - 0.5);
  for (const course of order) {
    for (let l = 0; l < course.lectures; l++) {
      const keys = (p: number) => [`t:${course.teacher}@${p}`, `c:${course.id}@${p}`, ...curriculaOf(course.id).map((q) => `q:${q}@${p}`)];
      const start = Math.floor(random() * periods);
      for (let k = 0; k < periods; k++) {
        const p = (start + k) % periods;
        if (unavailable.has(`${course.id}@${p}`) || keys(p).some((key) => busy.has(key))) continue;
        const room = instance.rooms.find((r) => !busy.has(`r:${r.id}@${p}`));
        if (!room) continue;
        [...keys(p), `r:${room.id}@${p}`].forEach((key) => busy.add(key));
        lines.push({ courseId: course.id, roomId: room.id, day: Math.floor(p / instance.periodsPerDay), period: p % instance.periodsPerDay });
        break;
      }
    }
  }
  return lines;
}

// comp01 (6 periods a day), comp05 (6 days, 139 curricula) and comp11 (9 periods a day).
for (const name of ["comp01", "comp05", "comp11"]) {
  describe.skipIf(!HAVE_ITC)(`evaluate() via toSolverInput matches validate-ud2 on ${name}`, () => {
    const instance = HAVE_ITC ? loadInstance(name) : (undefined as unknown as CttInstance);
    const input = HAVE_ITC ? toSolverInput(instance) : undefined;

    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      it(`random timetable, seed ${seed}`, () => {
        const lines = randomTimetable(instance, seed);
        const ud2 = validateUd2(instance, lines);
        const ours = evaluate(input!, solutionToPlacements(lines));
        expect(ours.softBreakdown.roomCapacity).toBe(ud2.softBreakdown.RoomCapacity);
        expect(ours.softBreakdown.minDays).toBe(ud2.softBreakdown.MinWorkingDays);
        expect(ours.softBreakdown.isolated).toBe(ud2.softBreakdown.IsolatedLectures);
        expect(ours.softBreakdown.roomStability).toBe(ud2.softBreakdown.RoomStability);
        expect(ours.soft).toBe(ud2.soft);
        expect(ours.hardBreakdown.unplaced).toBe(ud2.hardBreakdown.Lectures);
        expect(ours.hardBreakdown.roomClash).toBe(ud2.hardBreakdown.RoomOccupancy);
        expect(ours.hardBreakdown.offeringUnavailable).toBe(ud2.hardBreakdown.Availability);
        expect(ours.hardBreakdown.facultyClash + ours.hardBreakdown.groupClash > 0).toBe(ud2.hardBreakdown.Conflicts > 0);
        expect(ud2.hard).toBeGreaterThan(0); // random timetables are infeasible: this exercises the hard counts
      });
    }

    for (const seed of [11, 12, 13, 14]) {
      it(`greedy conflict-free timetable, seed ${seed}: totals equal`, () => {
        const lines = greedyTimetable(instance, seed);
        const ud2 = validateUd2(instance, lines);
        const ours = evaluate(input!, solutionToPlacements(lines));
        expect(ud2.hardBreakdown.Conflicts).toBe(0);
        expect(ours.hard).toBe(ud2.hard);
        expect(ours.soft).toBe(ud2.soft);
        expect(ud2.soft).toBeGreaterThan(0);
      });
    }
  });
}
