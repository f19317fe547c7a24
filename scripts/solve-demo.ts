/**
 * Solve the demo university (N campuses as one term, prisma/seed/scaled-university.ts) in memory,
 * without a database, through the worker's own mapping (mapSolverInput) and the product's solve().
 *
 *   npm run solve:demo -- --copies 8 --seconds 120 --seed 1 [--threads T] [--profile Balanced] [--cpu-clock]
 *   npm run solve:demo -- --campus 3 --seconds 15 --seed 1 --cpu-clock     # campus 3 of the scaled term, alone
 *
 * Re-scores the result with the from-scratch evaluate() and prints its breakdown; the LAST line is
 * exactly `hard=H soft=S` (evaluate()'s numbers). --threads T solves independent parts (campuses) in
 * T threads, threads left over searching in parallel inside the largest parts (one campus: one
 * walk split by days among the T threads); --cpu-clock then measures each thread's budget as the process's CPU time / T. Exits 1 if solve() reported other numbers, 2 on
 * bad usage.
 */
import { evaluate } from "@/lib/solver/evaluate";
import { solve } from "@/lib/solver/solve";
import { demoCampus, scaledDemoUniversity } from "@/prisma/seed/scaled-university";
import { demoSolverInput } from "@/prisma/seed/to-solver-input";
import { parseSolveDemoArgs, SOLVE_DEMO_USAGE, type SolveDemoArgs } from "./demo/solve-demo-args";

const cpuMillis = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

async function main(): Promise<number> {
  let args: SolveDemoArgs;
  try {
    args = parseSolveDemoArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${SOLVE_DEMO_USAGE}`);
    return 2;
  }
  const university = args.campus !== undefined ? demoCampus(args.campus) : scaledDemoUniversity(args.copies);
  const { input } = demoSolverInput(university, args.weights);
  const meetings = input.offerings.reduce((n, o) => n + o.meetings, 0);
  console.log(
    `${args.campus !== undefined ? `demo campus ${args.campus} alone` : `demo university x${args.copies}`}: ${input.offerings.length} offerings, ${meetings} meetings, ${input.rooms.length} rooms, ${input.faculty.length} faculty, ${input.groups.length} groups`,
  );
  const cpuBefore = cpuMillis();
  const result = await solve(input, {
    timeLimitMs: args.seconds * 1000,
    seed: args.seed,
    threads: args.threads,
    ...(args.maxIterations !== undefined ? { maxIterations: args.maxIterations } : {}),
    ...(args.cpuClock ? { clock: cpuMillis, threadClock: "processCpu" as const } : {}),
  });
  const cpuSeconds = (cpuMillis() - cpuBefore) / 1000;
  const checked = evaluate(input, result.placements);
  console.log(
    `seed ${args.seed}, ${args.seconds} s (${args.cpuClock ? "CPU" : "wall"} clock), ${args.threads} thread(s), profile ${args.profile}: ` +
      `${result.stats.iterations} iterations, ${result.stats.movesPerSecond} moves/s, ${Math.round(result.stats.elapsedMs)} ms wall, ${cpuSeconds.toFixed(1)} s CPU, ${result.stats.parts ?? 1} part(s) in ${result.stats.threads ?? 1} thread(s)`,
  );
  const nonZero = (breakdown: Record<string, number>) =>
    Object.entries(breakdown)
      .filter(([, v]) => v !== 0)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ") || "none";
  console.log(`hard breakdown: ${nonZero(checked.hardBreakdown)}`);
  console.log(`soft breakdown: ${nonZero(checked.softBreakdown)}`);
  const mismatch = checked.hard !== result.hard || Math.abs(checked.soft - result.soft) > 1e-6;
  if (mismatch) console.log(`MISMATCH solve() reported hard=${result.hard} soft=${result.soft}`);
  console.log(`hard=${checked.hard} soft=${checked.soft}`);
  return mismatch ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
