/**
 * One run of the editor benchmark (scripts/bench-editor.ts starts it): into the EMPTY, migrated
 * database of DATABASE_URL, loads `--copies` campuses of the demo university and their planted
 * timetable as a DRAFT, then times the editor's server functions, called in-process exactly as the
 * route handlers call them (session and HTTP left out): the options of a meeting, an operation (a
 * move to a free cell, and its undo), the evaluate() that scores each edit right after its commit,
 * and suggestions. Prints one JSON line of samples (ms).
 */
import { parseArgs } from "node:util";
import { prisma } from "@/lib/db";
import { applyOperation } from "@/lib/server/timetables/editor/apply-operation";
import { getMeetingOptions } from "@/lib/server/timetables/editor/get-meeting-options";
import { getSuggestions } from "@/lib/server/timetables/editor/get-suggestions";
import { openEditor } from "@/lib/server/timetables/editor/open-editors";
import { whenScored } from "@/lib/server/timetables/editor/score-after-edit";
import { Rng } from "@/lib/solver/engine/rng";
import { writeUniversity } from "@/prisma/seed/load-demo-university";
import { scaledDemoUniversity } from "@/prisma/seed/scaled-university";

const { values: args } = parseArgs({ options: { copies: { type: "string", default: "1" }, samples: { type: "string", default: "40" } } });
const copies = Number(args.copies);
const samples = Number(args.samples);
if ((await prisma.term.count()) > 0) throw new Error("The benchmark database must be empty and migrated");

const university = scaledDemoUniversity(copies);
await prisma.$transaction((tx) => writeUniversity(tx, university, "not-a-real-hash"), { timeout: 900_000, maxWait: 10_000 });
const facultyOf = new Map(university.offerings.map((o) => [o.id, o.facultyId]));
const timetable = await prisma.timetable.create({
  data: { termId: university.term.id, name: `Planted x${copies}`, status: "DRAFT", score: 0, breakdown: {}, violations: [] },
});
await prisma.timetableEntry.createMany({
  data: university.plantedTimetable.map((m) => ({ ...m, timetableId: timetable.id, facultyId: facultyOf.get(m.offeringId) ?? null })),
});
const actor = await prisma.user.findFirstOrThrow({ where: { role: "REGISTRAR" }, select: { id: true, name: true } });
const entryIds = (await prisma.timetableEntry.findMany({ where: { timetableId: timetable.id }, select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id);

/** Wall and CPU milliseconds of one call. */
async function timed<T>(fn: () => Promise<T>): Promise<{ wall: number; cpu: number; value: T }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, value };
}

const rng = new Rng(7);
const pick = () => entryIds[rng.int(entryIds.length)];
const out = { copies, entries: entryIds.length, open: 0, options: [] as number[][], operation: [] as number[][], undo: [] as number[][], scoring: [] as number[][], suggestions: [] as number[][] };

out.open = (await timed(() => openEditor(timetable.id))).wall;
for (let i = 0; i < samples; i++) {
  const entryId = pick();
  const r = await timed(() => getMeetingOptions({ timetableId: timetable.id, entryId }));
  out.options.push([r.wall, r.cpu]);
}
for (let i = 0; i < samples; i++) {
  const entryId = pick();
  const { cells, version } = await getMeetingOptions({ timetableId: timetable.id, entryId });
  const free = cells.filter((c) => c.free && c.hardDelta !== null);
  if (free.length === 0) continue;
  const cell = free[rng.int(free.length)];
  const move = await timed(() =>
    applyOperation({ timetableId: timetable.id, actor, request: { version, operation: { type: "move", entryId, day: cell.day, period: cell.period, roomId: cell.rooms[0].roomId, force: true } } }),
  );
  out.operation.push([move.wall, move.cpu]);
  // evaluate() of the new version, which runs right after the commit (timed apart, and finished
  // before the next operation is timed, as a registrar's next drop comes later than that).
  const scoring = await timed(() => whenScored(timetable.id));
  out.scoring.push([scoring.wall, scoring.cpu]);
  if (i % 2 === 0) {
    const undo = await timed(() => applyOperation({ timetableId: timetable.id, actor, request: { version: move.value.version, operation: { type: "undo" } } }));
    out.undo.push([undo.wall, undo.cpu]);
    await whenScored(timetable.id);
  }
}
for (let i = 0; i < Math.max(5, samples / 4); i++) {
  const entryId = pick();
  const r = await timed(() => getSuggestions({ timetableId: timetable.id, entryId }));
  out.suggestions.push([r.wall, r.cpu]);
}
console.log(JSON.stringify(out));
await prisma.$disconnect();
process.exit(0);
