/**
 * Checks a seeded database end to end: reads the demo term the way the worker does
 * (loadTermSnapshot + mapSolverInput), confirms the planted timetable has no hard violation against
 * what is actually stored, then runs the real solver for a few seconds.
 *
 *   DATABASE_URL=... node --conditions=react-server --import tsx prisma/seed/check-demo-seed.ts [seconds=5]
 */
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { prisma } from "@/lib/db";
import { loadTermSnapshot } from "@/lib/server/generation/load-term-snapshot";
import { mapSolverInput } from "@/lib/server/generation/map-solver-input";
import { evaluate } from "@/lib/solver/evaluate";
import { solve } from "@/lib/solver/solve";
import { generateDemoUniversity } from "./demo-university";
import { DEMO_TERM_NAME } from "./structure";
import { demoPlacements } from "./to-solver-input";

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 5);
  const term = await prisma.term.findUniqueOrThrow({ where: { name: DEMO_TERM_NAME } });
  const mapped = mapSolverInput(await loadTermSnapshot({ termId: term.id, departmentIds: [] }), BALANCED_WEIGHTS);
  console.log(`${mapped.input.offerings.length} offerings, ${mapped.input.groups.length} groups, ${mapped.blockers.length} blockers`);

  const planted = evaluate(mapped.input, demoPlacements(generateDemoUniversity(), mapped));
  console.log(`planted timetable: hard ${planted.hard}, soft ${planted.soft}`);

  const started = performance.now();
  let firstFeasibleMs: number | null = null;
  const result = await solve(mapped.input, {
    timeLimitMs: seconds * 1000,
    seed: 1,
    onProgress: (p) => {
      if (p.bestHard === 0 && firstFeasibleMs === null) firstFeasibleMs = performance.now() - started;
    },
  });
  console.log(`solver: ${result.status}, hard ${result.hard}, soft ${result.soft}, first hard-free at ${firstFeasibleMs === null ? "-" : Math.round(firstFeasibleMs)} ms`);
  if (planted.hard > 0 || result.hard > 0) process.exitCode = 1;
}

main().finally(() => prisma.$disconnect());
