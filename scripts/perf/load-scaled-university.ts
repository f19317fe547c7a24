/**
 * A university several times the demo's size, for scale benchmarks: N copies of the demo
 * university (seeds DEMO_SEED, DEMO_SEED + 1, ...) as N campuses of one term, sharing its grid.
 * Copy k > 1 renames what must be unique: department codes get a suffix ("CSE2"), rooms and
 * batches a prefix ("C2-LH-101"), subjects a suffix ("CS301-C2"), emails and roll numbers a
 * prefix. Into an EMPTY database (like the seed), in one transaction.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch_scale npm run db:migrate
 *   DATABASE_URL=... node --import tsx scripts/perf/load-scaled-university.ts --copies 8
 */
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import { DEMO_PASSWORD, DEMO_SEED, generateDemoUniversity } from "@/prisma/seed/demo-university";
import type { DemoUniversity } from "@/prisma/seed/demo-types";
import { writeUniversity } from "@/prisma/seed/load-demo-university";

const { values: args } = parseArgs({ options: { copies: { type: "string", default: "8" } } });
const copies = Number(args.copies);
if (!Number.isInteger(copies) || copies < 1 || copies > 50) {
  console.error("--copies must be a whole number from 1 to 50");
  process.exit(2);
}
if ((await prisma.term.count()) > 0 || (await prisma.user.count()) > 0) {
  console.error("The database already has data: point DATABASE_URL at an empty, migrated database.");
  process.exit(2);
}

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

const started = performance.now();
const first = generateDemoUniversity(DEMO_SEED);
const campuses = [first, ...Array.from({ length: copies - 1 }, (_, i) => campus(generateDemoUniversity(DEMO_SEED + i + 1), i + 2, first.term))];
const merged: DemoUniversity = {
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
};
const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
const counts = await prisma.$transaction((tx) => writeUniversity(tx, merged, passwordHash), { timeout: 600_000, maxWait: 10_000 });
console.info(`[scale] ${copies} campus(es) of the demo university in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
for (const [table, n] of Object.entries(counts)) console.info(`  ${table.padEnd(22)} ${n}`);
await prisma.$disconnect();
