/**
 * Staff: the office accounts (admin, registrar, HODs), the faculty of every department, and who
 * teaches which offering. Faculty never get more than their weekly limit, and a faculty member
 * who already teaches a subject is preferred for its other sections, as departments do.
 */
import { DEPARTMENTS, FACULTY_TITLES } from "./catalog";
import type { DemoFacultyProfile, DemoUser } from "./demo-types";
import { randomName, type EmailRegistry } from "./names";
import type { Rng } from "./rng";
import type { OfferingPlan, Structure } from "./structure";

export const DEMO_FACULTY_EMAIL = "faculty@demo.edu";
/** The demo faculty member's offerings: (subject code, batch code) pairs, including a lab. */
const DEMO_FACULTY_TEACHES: readonly [string, string][] = [["CS301", "CSE-5A"], ["CS307L", "CSE-5A"], ["CS201", "CSE-3A"]];

export interface Staff {
  users: DemoUser[];
  facultyProfiles: DemoFacultyProfile[];
  demoFacultyId: string;
}

export function buildStaff(rng: Rng, emails: EmailRegistry, structure: Structure): Staff {
  const users: DemoUser[] = [];
  const office = (email: string, role: DemoUser["role"], departmentId: string | null) => {
    const name = randomName(rng);
    users.push({ id: rng.id(), email: emails.reserve(email), name: `${name.first} ${name.last}`, role, departmentId });
  };
  office("admin@demo.edu", "ADMIN", null);
  office("registrar@demo.edu", "REGISTRAR", null);
  for (const department of structure.departments) office(`hod.${department.code.toLowerCase()}@demo.edu`, "HOD", department.id);

  const facultyProfiles: DemoFacultyProfile[] = [];
  let demoFacultyId = "";
  for (const spec of DEPARTMENTS) {
    const departmentId = structure.departmentByCode.get(spec.code)!.id;
    for (let i = 0; i < spec.faculty; i++) {
      const name = randomName(rng);
      const isDemo = spec.code === "CSE" && i === 0;
      const user: DemoUser = {
        id: rng.id(),
        email: isDemo ? emails.reserve(DEMO_FACULTY_EMAIL) : emails.forName(name),
        name: `${name.first} ${name.last}`,
        role: "FACULTY",
        departmentId,
      };
      users.push(user);
      const profileId = rng.id();
      if (isDemo) demoFacultyId = profileId;
      facultyProfiles.push({
        id: profileId,
        userId: user.id,
        departmentId,
        title: isDemo ? "Dr" : rng.pick(FACULTY_TITLES),
        maxPeriodsPerDay: isDemo ? 4 : rng.int(3, 5),
        maxPeriodsPerWeek: isDemo ? 16 : rng.int(12, 20),
        avoidBackToBack: !isDemo && rng.chance(0.1),
      });
    }
  }
  assignFaculty(rng, structure, facultyProfiles, demoFacultyId);
  return { users, facultyProfiles, demoFacultyId };
}

export function weeklyPeriods(plan: OfferingPlan): number {
  return plan.offering.meetingsPerWeek * plan.offering.meetingLength;
}

function assignFaculty(rng: Rng, structure: Structure, faculty: DemoFacultyProfile[], demoFacultyId: string): void {
  const load = new Map(faculty.map((f) => [f.id, 0]));
  const subjectsOf = new Map(faculty.map((f) => [f.id, new Set<string>()]));
  const assign = (plan: OfferingPlan, facultyId: string) => {
    plan.offering.facultyId = facultyId;
    load.set(facultyId, load.get(facultyId)! + weeklyPeriods(plan));
    subjectsOf.get(facultyId)!.add(plan.offering.subjectId);
  };

  const batchCode = new Map(structure.batches.map((b) => [b.id, b.code]));
  for (const [subjectCode, code] of DEMO_FACULTY_TEACHES) {
    const plan = structure.offerings.find((p) => p.course.code === subjectCode && p.batchIds.some((b) => batchCode.get(b) === code));
    if (!plan) throw new Error(`demo faculty offering ${subjectCode} for ${code} not found`);
    assign(plan, demoFacultyId);
  }

  // Heaviest offerings first, so the big ones still find someone with room in their week.
  const rest = structure.offerings.filter((p) => p.offering.facultyId === null).sort((a, b) => weeklyPeriods(b) - weeklyPeriods(a));
  for (const plan of rest) {
    let best: DemoFacultyProfile | null = null;
    let bestScore = Infinity;
    for (const f of faculty) {
      if (f.departmentId !== plan.teachingDepartmentId || f.id === demoFacultyId) continue;
      const after = load.get(f.id)! + weeklyPeriods(plan);
      if (after > f.maxPeriodsPerWeek) continue;
      const score = after / f.maxPeriodsPerWeek - (subjectsOf.get(f.id)!.has(plan.offering.subjectId) ? 0.25 : 0) + rng.next() * 0.1;
      if (score < bestScore) {
        best = f;
        bestScore = score;
      }
    }
    if (!best) throw new Error(`no faculty with room in their week for ${plan.course.code}`);
    assign(plan, best.id);
  }
}
