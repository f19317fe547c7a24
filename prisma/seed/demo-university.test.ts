import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "@/lib/solver/evaluate";
import type { Placement } from "@/lib/solver/types";
import { generateDemoUniversity } from "./demo-university";
import type { DemoUniversity } from "./demo-types";
import { demoPlacements, demoSolverInput } from "./to-solver-input";

let u: DemoUniversity;
beforeAll(() => {
  u = generateDemoUniversity();
});

const codeOfSubject = (offeringId: string) => {
  const offering = u.offerings.find((o) => o.id === offeringId)!;
  return u.subjects.find((s) => s.id === offering.subjectId)!.code;
};

describe("demo university: size and realism", () => {
  it("is big enough to be a realistic demo", () => {
    expect(u.departments.length).toBeGreaterThanOrEqual(4);
    expect(u.batches.length).toBeGreaterThanOrEqual(40);
    expect(u.facultyProfiles.length).toBeGreaterThanOrEqual(120);
    expect(u.rooms.length).toBeGreaterThanOrEqual(35);
    expect(u.offerings.length).toBeGreaterThanOrEqual(300);
    expect(u.studentProfiles.length).toBeGreaterThanOrEqual(2000);
  });

  it("gives every batch exactly as many students as its size, within 40-70", () => {
    for (const batch of u.batches) {
      expect(batch.size).toBeGreaterThanOrEqual(40);
      expect(batch.size).toBeLessThanOrEqual(70);
      expect(u.studentProfiles.filter((s) => s.batchId === batch.id)).toHaveLength(batch.size);
    }
  });

  it("has unique e-mails and roll numbers", () => {
    expect(new Set(u.users.map((x) => x.email)).size).toBe(u.users.length);
    expect(new Set(u.studentProfiles.map((s) => s.rollNumber)).size).toBe(u.studentProfiles.length);
  });

  it("has combined lectures, 2- and 3-period labs, extras and pins", () => {
    const batchCount = new Map<string, number>();
    for (const ob of u.offeringBatches) batchCount.set(ob.offeringId, (batchCount.get(ob.offeringId) ?? 0) + 1);
    expect([...batchCount.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(4);
    expect(u.offerings.some((o) => o.meetingLength === 3)).toBe(true);
    expect(u.offerings.some((o) => o.meetingLength === 2)).toBe(true);
    expect(u.studentExtraOfferings.length).toBeGreaterThanOrEqual(50);
    expect(u.fixedSlots.length).toBeGreaterThanOrEqual(5);
  });

  it("is the same on every run", () => {
    expect(JSON.stringify(generateDemoUniversity())).toBe(JSON.stringify(u));
  });
});

describe("demo university: solvable by construction", () => {
  it("has a planted timetable with no hard violation, checked by the solver's evaluate()", () => {
    const mapped = demoSolverInput(u);
    expect(mapped.blockers).toEqual([]);
    const result = evaluate(mapped.input, demoPlacements(u, mapped));
    expect(result.hardBreakdown).toEqual(Object.fromEntries(Object.keys(result.hardBreakdown).map((k) => [k, 0])));
    expect(result.softBreakdown.roomCapacity).toBe(0);
  });

  it("is checked for real: moving one lecture onto another of its batch is a clash", () => {
    const mapped = demoSolverInput(u);
    const placements: Placement[] = demoPlacements(u, mapped);
    const batchOf = new Map(u.offeringBatches.map((ob) => [ob.offeringId, ob.batchId]));
    const [first] = placements.filter((p) => p.length === 1);
    const sibling = placements.find(
      (p) => p.length === 1 && p.offeringId !== first.offeringId && batchOf.get(p.offeringId) === batchOf.get(first.offeringId),
    )!;
    const moved = placements.map((p) => (p === first ? { ...p, day: sibling.day, period: sibling.period } : p));
    expect(evaluate(mapped.input, moved).hardBreakdown.groupClash).toBeGreaterThan(0);
  });

  it("leaves slack: batches teach 22-30 periods a week and rooms are busy under 70% overall", () => {
    const slots = u.term.workingDays.length * u.periods.length;
    for (const batch of u.batches) {
      const ids = new Set(u.offeringBatches.filter((ob) => ob.batchId === batch.id).map((ob) => ob.offeringId));
      const load = u.plantedTimetable.filter((m) => ids.has(m.offeringId)).reduce((n, m) => n + m.length, 0);
      expect(load).toBeGreaterThanOrEqual(22);
      expect(load).toBeLessThanOrEqual(30);
    }
    const roomPeriods = u.plantedTimetable.reduce((n, m) => n + m.length, 0);
    expect(roomPeriods / (u.rooms.length * slots)).toBeLessThan(0.7);
  });

  it("pins meetings exactly where the planted timetable has them", () => {
    for (const pin of u.fixedSlots) {
      const planted = u.plantedTimetable.find((m) => m.offeringId === pin.offeringId && m.meetingIndex === pin.meetingIndex)!;
      expect([planted.day, planted.period]).toEqual([pin.day, pin.period]);
      if (pin.roomId) expect(planted.roomId).toBe(pin.roomId);
    }
  });
});

describe("demo university: demo accounts", () => {
  const user = (email: string) => u.users.find((x) => x.email === email)!;
  const department = (code: string) => u.departments.find((d) => d.code === code)!.id;

  it("has the office accounts with their roles", () => {
    expect(user("admin@demo.edu").role).toBe("ADMIN");
    expect(user("registrar@demo.edu").role).toBe("REGISTRAR");
    expect(user("hod.cse@demo.edu")).toMatchObject({ role: "HOD", departmentId: department("CSE") });
    expect(user("hod.ece@demo.edu")).toMatchObject({ role: "HOD", departmentId: department("ECE") });
  });

  it("has a CSE faculty member teaching at least 3 offerings including a lab", () => {
    const account = user("faculty@demo.edu");
    expect(account).toMatchObject({ role: "FACULTY", departmentId: department("CSE") });
    const profile = u.facultyProfiles.find((f) => f.userId === account.id)!;
    const taught = u.offerings.filter((o) => o.facultyId === profile.id);
    expect(taught.length).toBeGreaterThanOrEqual(3);
    expect(taught.some((o) => o.meetingLength > 1)).toBe(true);
  });

  it("has a CSE student with classes every working day and one extra offering", () => {
    const account = user("student@demo.edu");
    expect(account).toMatchObject({ role: "STUDENT", departmentId: department("CSE") });
    const profile = u.studentProfiles.find((s) => s.userId === account.id)!;
    const own = new Set(u.offeringBatches.filter((ob) => ob.batchId === profile.batchId).map((ob) => ob.offeringId));
    const days = new Set(u.plantedTimetable.filter((m) => own.has(m.offeringId)).map((m) => m.day));
    expect([...days].sort()).toEqual(u.term.workingDays);
    const extras = u.studentExtraOfferings.filter((e) => e.studentId === profile.id);
    expect(extras).toHaveLength(1);
    expect(codeOfSubject(extras[0].offeringId)).toMatch(/^CS\d/);
  });
});
