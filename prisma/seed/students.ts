/**
 * Students: as many per batch as its size, with roll numbers and s<roll>@demo.edu addresses, and a
 * few who take an elective of another semester of their department as an extra offering. An extra
 * is only given where the planted timetable has it in the student's own batch's free time, and
 * never beyond the empty seats reserved in the elective's room.
 */
import type { DemoStudentExtraOffering, DemoStudentProfile, DemoUser } from "./demo-types";
import { randomName, type EmailRegistry } from "./names";
import type { PlantedMeeting, Planter } from "./planter";
import { range } from "./planter";
import type { Rng } from "./rng";
import { ELECTIVE_HEADROOM, type Structure } from "./structure";

export const DEMO_STUDENT_EMAIL = "student@demo.edu";
export const DEMO_STUDENT_BATCH = "CSE-5A";
/** Share of students in semesters with electives who take one more as an extra. */
const EXTRA_SHARE = 0.08;

export interface Students {
  users: DemoUser[];
  studentProfiles: DemoStudentProfile[];
  studentExtraOfferings: DemoStudentExtraOffering[];
}

export function buildStudents(
  rng: Rng, emails: EmailRegistry, structure: Structure, planter: Planter, meetingsOf: Map<string, PlantedMeeting[]>,
): Students {
  const users: DemoUser[] = [];
  const studentProfiles: DemoStudentProfile[] = [];
  const studentExtraOfferings: DemoStudentExtraOffering[] = [];
  const extrasPerOffering = new Map<string, number>();
  const departmentCode = new Map(structure.departments.map((d) => [d.id, d.code]));

  for (const batch of structure.batches) {
    // Students joined (2026 - year + 1): first-years in 2026, final-years in 2023.
    const joined = 26 - (batch.semesterNumber - 1) / 2;
    const section = batch.code.slice(-1);
    const electives = structure.offerings.filter(
      (p) => p.course.elective && p.studentDepartmentId === batch.departmentId && p.semester !== batch.semesterNumber,
    );
    // Electives whose every meeting is in this batch's free time: its students can attend them.
    const attendable = electives.filter((p) =>
      (meetingsOf.get(p.offering.id) ?? []).every((m) => range(m.period, m.length).every((q) => planter.isFree(`b:${batch.id}`, m.dayIndex, q))),
    );
    for (let seq = 1; seq <= batch.size; seq++) {
      const rollNumber = `${joined}${departmentCode.get(batch.departmentId)}${section}${String(seq).padStart(2, "0")}`;
      const isDemo = batch.code === DEMO_STUDENT_BATCH && seq === 1;
      const name = randomName(rng);
      const user: DemoUser = {
        id: rng.id(),
        email: emails.reserve(isDemo ? DEMO_STUDENT_EMAIL : `s${rollNumber.toLowerCase()}@demo.edu`),
        name: `${name.first} ${name.last}`,
        role: "STUDENT",
        departmentId: batch.departmentId,
      };
      const profile: DemoStudentProfile = { id: rng.id(), userId: user.id, batchId: batch.id, rollNumber };
      users.push(user);
      studentProfiles.push(profile);
      if (!isDemo && !rng.chance(EXTRA_SHARE)) continue;
      const open = attendable.filter((p) => (extrasPerOffering.get(p.offering.id) ?? 0) < ELECTIVE_HEADROOM);
      if (open.length === 0) {
        if (isDemo) throw new Error(`no elective fits the free time of ${batch.code} for the demo student`);
        continue;
      }
      const extra = rng.pick(open);
      extrasPerOffering.set(extra.offering.id, (extrasPerOffering.get(extra.offering.id) ?? 0) + 1);
      studentExtraOfferings.push({ studentId: profile.id, offeringId: extra.offering.id });
    }
  }
  return { users, studentProfiles, studentExtraOfferings };
}
