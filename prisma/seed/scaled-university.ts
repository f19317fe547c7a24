/**
 * A university several times the demo's size, for scale benchmarks: N copies of the demo
 * university (seeds DEMO_SEED, DEMO_SEED + 1, ...) as N campuses of one term, sharing its grid.
 * Copy k > 1 renames what must be unique: department codes get a suffix ("CSE2"), rooms and
 * batches a prefix ("C2-LH-101"), subjects a suffix ("CS301-C2"), emails and roll numbers a
 * prefix. Pure: scripts/perf/load-scaled-university.ts writes it to a database, `npm run
 * solve:demo` solves it in memory.
 */
import { DEMO_SEED, generateDemoUniversity } from "./demo-university";
import type { DemoUniversity } from "./demo-types";

function campus(copy: DemoUniversity, k: number, term: DemoUniversity["term"]): DemoUniversity {
  if (k === 1) return copy;
  return {
    ...copy,
    term,
    periods: [],
    departments: copy.departments.map((d) => ({ ...d, code: `${d.code}${k}`, name: `${d.name} (campus ${k})` })),
    rooms: copy.rooms.map((r) => ({ ...r, code: `C${k}-${r.code}` })),
    users: copy.users.map((u) => ({ ...u, email: `c${k}.${u.email}` })),
    subjects: copy.subjects.map((s) => ({ ...s, code: `${s.code}-C${k}` })),
    batches: copy.batches.map((b) => ({ ...b, code: `C${k}-${b.code}` })),
    studentProfiles: copy.studentProfiles.map((s) => ({ ...s, rollNumber: `C${k}${s.rollNumber}` })),
    offerings: copy.offerings.map((o) => ({ ...o, termId: term.id })),
    fixedSlots: copy.fixedSlots.map((f) => ({ ...f, termId: term.id })),
  };
}

/** `copies` campuses of the demo university as one term (copy 1 is the demo university itself). */
export function scaledDemoUniversity(copies: number): DemoUniversity {
  const first = generateDemoUniversity(DEMO_SEED);
  const campuses = [first, ...Array.from({ length: copies - 1 }, (_, i) => campus(generateDemoUniversity(DEMO_SEED + i + 1), i + 2, first.term))];
  return {
    ...first,
    departments: campuses.flatMap((c) => c.departments),
    rooms: campuses.flatMap((c) => c.rooms),
    roomUnavailability: campuses.flatMap((c) => c.roomUnavailability),
    users: campuses.flatMap((c) => c.users),
    facultyProfiles: campuses.flatMap((c) => c.facultyProfiles),
    facultySlots: campuses.flatMap((c) => c.facultySlots),
    subjects: campuses.flatMap((c) => c.subjects),
    batches: campuses.flatMap((c) => c.batches),
    studentProfiles: campuses.flatMap((c) => c.studentProfiles),
    offerings: campuses.flatMap((c) => c.offerings),
    offeringBatches: campuses.flatMap((c) => c.offeringBatches),
    studentExtraOfferings: campuses.flatMap((c) => c.studentExtraOfferings),
    fixedSlots: campuses.flatMap((c) => c.fixedSlots),
    plantedTimetable: campuses.flatMap((c) => c.plantedTimetable),
  };
}

/** Campus k (1-based) of the scaled university on its own: for solving the campuses one by one. */
export function demoCampus(k: number): DemoUniversity {
  const first = generateDemoUniversity(DEMO_SEED);
  return k === 1 ? first : { ...campus(generateDemoUniversity(DEMO_SEED + k - 1), k, first.term), periods: first.periods };
}
