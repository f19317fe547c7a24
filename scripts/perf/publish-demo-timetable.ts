/**
 * Publishes a solved timetable for the demo term so the view benchmark (scripts/bench-views.ts) has
 * something to read. Solves in-process instead of through a generation job: that path needs Redis
 * and a worker, and the benchmark only cares about the published rows.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scratch_perf node --conditions=react-server --import tsx scripts/perf/publish-demo-timetable.ts [--seconds 10]
 *
 * Archives any earlier publication of the term, as publishing does in the app.
 */
import { prisma } from "@/lib/db";
import { BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { solve } from "@/lib/solver/solve";
import { timetableEntryRows } from "@/lib/server/generation/timetable-entry-rows";

function secondsFlag(): number {
  const index = process.argv.indexOf("--seconds");
  return index >= 0 ? Number(process.argv[index + 1]) : 10;
}

async function main() {
  const term = await prisma.term.findFirstOrThrow({ orderBy: { firstDay: "desc" }, select: { id: true, name: true } });
  const weights = BUILT_IN_WEIGHT_PROFILES[0].weights;
  const built = await buildSolverInput({ termId: term.id, departmentIds: [], weights });
  const result = await solve(built.input, { timeLimitMs: secondsFlag() * 1000, seed: 1 });
  console.error(`[publish] ${term.name}: ${result.placements.length} meetings placed, hard ${result.hard}, soft ${result.soft}`);

  const entries = timetableEntryRows(result.placements, built.grid, built.facultyIdByOffering);
  const timetableId = await prisma.$transaction(async (tx) => {
    await tx.timetable.updateMany({ where: { termId: term.id, status: "PUBLISHED" }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    const timetable = await tx.timetable.create({
      data: {
        termId: term.id,
        name: "Perf benchmark",
        status: "PUBLISHED",
        publishedAt: new Date(),
        score: result.soft,
        hardViolations: result.hard,
        breakdown: result.softBreakdown as Prisma.InputJsonValue,
        violations: result.violations as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await tx.timetableEntry.createMany({ data: entries.map((entry) => ({ ...entry, timetableId: timetable.id })) });
    return timetable.id;
  });
  console.log(`[publish] published timetable ${timetableId} with ${entries.length} entries`);
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
