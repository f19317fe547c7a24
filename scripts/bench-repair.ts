/**
 * Repair benchmark (issue 12): scripted changes to the demo university's published timetable, each
 * answered by a repair and by a new generation with the same time budget, compared on what
 * changes for people and on quality.
 *
 *   npm run bench:repair -- [--seconds 20] [--publish-seconds 30] [--seed 1] [--out bench/results/repair-<date>.md]
 *
 * In memory, no database: the demo university exactly as the seed writes it (the worker's own
 * mapping), its "published" timetable solved first with --publish-seconds. Budgets are CPU time
 * (one core), so a busy machine does not shorten a run. Meetings are paired per offering
 * (lib/domain/pair-meetings.ts, the diff route's rule), so a new generation is not charged for
 * merely renumbering an offering's meetings.
 */
import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { changedOfferingIds, pairMeetings } from "@/lib/domain/pair-meetings";
import { evaluate } from "@/lib/solver/evaluate";
import { repair } from "@/lib/solver/repair";
import { solve } from "@/lib/solver/solve";
import type { Placement, SolverInput } from "@/lib/solver/types";
import { scaledDemoUniversity } from "@/prisma/seed/scaled-university";
import { demoSolverInput, demoTermSnapshot } from "@/prisma/seed/to-solver-input";
import { SCENARIOS, invalidatedMeetings } from "./repair/scenarios";

const cpuMillis = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

interface Outcome {
  moved: number;
  roomChanged: number;
  students: number;
  faculty: number;
  hard: number;
  soft: number;
}

async function main() {
  const seconds = Number(flag("seconds", "20"));
  const publishSeconds = Number(flag("publish-seconds", "30"));
  const seed = Number(flag("seed", "1"));
  const university = scaledDemoUniversity(1);
  const snapshot = demoTermSnapshot(university);
  const { input } = demoSolverInput(university, BALANCED_WEIGHTS);
  const studentsOf = studentIndex(university, snapshot.offerings);

  const published = await solve(input, { timeLimitMs: publishSeconds * 1000, seed, clock: cpuMillis });
  if (published.hard !== 0) throw new Error(`the published timetable has hard ${published.hard}`);
  const meetings = input.offerings.reduce((n, o) => n + o.meetings, 0);
  console.log(`demo university: ${meetings} meetings; published timetable: hard ${published.hard}, soft ${published.soft} (${publishSeconds} s)`);

  const outcome = (changed: SolverInput, placements: Placement[], hard: number, soft: number): Outcome => {
    const pairs = pairMeetings(published.placements, placements.filter((p) => published.placements.some((q) => q.offeringId === p.offeringId)));
    const offerings = changedOfferingIds({ ...pairs, added: [], removed: [] });
    const students = new Set<string>();
    const faculty = new Set<string>();
    for (const id of offerings) {
      for (const s of studentsOf.get(id) ?? []) students.add(s);
      const f = changed.offerings.find((o) => o.id === id)?.facultyId;
      if (f) faculty.add(f);
    }
    return { moved: pairs.moved.length, roomChanged: pairs.roomChanged.length, students: students.size, faculty: faculty.size, hard, soft };
  };

  const rows: string[] = [];
  for (const scenario of SCENARIOS) {
    const changed = scenario.apply(input, published.placements);
    const invalidated = invalidatedMeetings(changed, published.placements);
    const t0 = cpuMillis();
    const repaired = await repair(changed, published.placements, { keep: "time-and-room", timeLimitMs: seconds * 1000, seed, clock: cpuMillis });
    const repairCpu = cpuMillis() - t0;
    const fresh = await solve(changed, { timeLimitMs: seconds * 1000, seed, clock: cpuMillis });
    const r = outcome(changed, repaired.placements, evaluate(changed, repaired.placements).hard, repaired.soft);
    const g = outcome(changed, fresh.placements, fresh.hard, fresh.soft);
    const checks = [
      r.hard === 0 ? "hard 0" : "HARD > 0",
      r.moved <= 3 * invalidated ? "≤3×" : "MOVES > 3×",
      r.moved <= 0.05 * g.moved ? "≤5%" : "MOVES > 5%",
      r.soft <= 1.1 * g.soft ? "soft ≤110%" : "SOFT > 110%",
    ].join(", ");
    const line = `| ${scenario.name} | ${invalidated} | ${r.moved} | ${r.roomChanged} | ${r.students} | ${r.faculty} | ${r.hard} | ${r.soft} | ${(repairCpu / 1000).toFixed(1)} | ${g.moved} | ${g.roomChanged} | ${g.students} | ${g.faculty} | ${g.hard} | ${g.soft} | ${checks} |`;
    console.log(line);
    rows.push(line);
  }

  const commit = execSync("git rev-parse --short HEAD").toString().trim();
  const table = [
    `# Repair benchmark, ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Command: \`nice npm run bench:repair -- --seconds ${seconds} --publish-seconds ${publishSeconds} --seed ${seed}\` at commit ${commit}.`,
    "",
    `The demo university (${meetings} meetings), its published timetable solved in ${publishSeconds} s of CPU (hard ${published.hard}, soft ${published.soft}).`,
    `Each scenario changes the data; a repair (keep times and rooms, default change weights) and a new generation each get ${seconds} s of CPU time.`,
    "Moved: meetings at another day or period than published (paired per offering); rooms: same time, other room; students/faculty: people in offerings with any change.",
    "Invalidated: meetings the change itself breaks (in a hard violation or over capacity under the new data, or new and unplaced).",
    "",
    "| Scenario | Invalidated | Repair moved | Repair rooms | Repair students | Repair faculty | Repair hard | Repair soft | Repair CPU s | New gen moved | New gen rooms | New gen students | New gen faculty | New gen hard | New gen soft | Targets |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
  const out = flag("out", "");
  if (out) writeFileSync(out, table);
  console.log(`\n${table}`);
}

/** offeringId -> the students (every student profile) who attend it: its batches' and those taking it as an extra. */
function studentIndex(u: ReturnType<typeof scaledDemoUniversity>, offerings: { id: string; batchIds: string[] }[]): Map<string, string[]> {
  const byBatch = new Map<string, string[]>();
  for (const s of u.studentProfiles) byBatch.set(s.batchId, [...(byBatch.get(s.batchId) ?? []), s.id]);
  const index = new Map<string, string[]>();
  for (const o of offerings) index.set(o.id, o.batchIds.flatMap((b) => byBatch.get(b) ?? []));
  for (const e of u.studentExtraOfferings) index.get(e.offeringId)?.push(e.studentId);
  return index;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
