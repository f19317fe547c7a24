/**
 * Developer benchmark for the engine (the product CLI is scripts/bench-itc.ts).
 * Usage: node --import tsx lib/solver/engine/dev-bench.ts <seconds> <seed> comp01 [comp02 ... univ1 ...]
 * compNN = ITC-2007 instance from $ITC_DIR; univN = synthetic university instance with seed N.
 * Prints hard/soft from evaluate(), when hard first reached 0 (progress granularity), iterations and moves/s.
 * Tuning: PARAMS='{"startTemperature":3}' overrides search parameters; ITERS=5e6 fixes the iteration budget
 * (deterministic, independent of machine load). CPU_CLOCK=1 measures the time budget in process CPU
 * time, i.e. "one dedicated core for <seconds>" even on a shared, overloaded machine. TRACE=1 adds a line
 * with the best soft cost at each tenth of the budget and the fraction at which it last improved.
 */
import { readFileSync } from "node:fs";
import { parseCtt } from "../../formats/itc2007/parse-ctt";
import { toSolverInput } from "../../formats/itc2007/to-solver-input";
import { evaluate } from "../evaluate";
import { placementsOf } from "./positions";
import { compileModel } from "./model";
import { search } from "./search";
import type { SolverInput } from "../types";
import { syntheticInstance, UNIVERSITY_SIZE } from "./synthetic-instance";

const [seconds = "10", seed = "1", ...names] = process.argv.slice(2);
const dir = process.env.ITC_DIR ?? new URL("../../../../shared/bench/itc2007", import.meta.url).pathname;

function load(name: string): SolverInput {
  if (name.startsWith("univ")) return syntheticInstance(Number(name.slice(4)), UNIVERSITY_SIZE);
  return toSolverInput(parseCtt(readFileSync(`${dir}/${name}.ctt`, "utf8")));
}

let total = 0;
for (const name of names) {
  const input = load(name);
  const cpuBefore = process.cpuUsage();
  const cpuClock = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const clock = process.env.CPU_CLOCK === "1" ? cpuClock : () => performance.now();
  const started = performance.now();
  let feasibleAt = -1;
  // TRACE=1: best soft at each tenth of the time budget while optimising, and the budget fraction of its last improvement.
  const marks: number[] = [];
  let lastBest = Infinity;
  let lastImproved = 0;
  const model = compileModel(input);
  const outcome = await search(model, {
    timeLimitMs: Number(seconds) * 1000,
    seed: Number(seed),
    maxIterations: process.env.ITERS ? Number(process.env.ITERS) : undefined,
    startedAt: clock(),
    clock,
    params: process.env.PARAMS ? JSON.parse(process.env.PARAMS) : undefined,
    onProgress: (p) => {
      if (feasibleAt < 0 && p.bestHard === 0) feasibleAt = performance.now() - started;
      if (p.phase !== "optimising") return;
      if (p.bestSoft < lastBest) [lastBest, lastImproved] = [p.bestSoft, p.fraction];
      while (marks.length < Math.floor(p.fraction * 10)) marks.push(p.bestSoft);
    },
  });
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const placements = placementsOf(model, outcome.bestSlot, outcome.bestRoom);
  const result = { ...evaluate(input, placements), stats: { iterations: outcome.iterations, movesPerSecond: Math.round((outcome.evaluated * 1000) / elapsed), movesPerCpuSecond: Math.round(outcome.evaluated / cpuSeconds) } };
  total += result.soft;
  const nonZero = Object.entries(result.softBreakdown).filter(([, v]) => v > 0);
  if (process.env.TRACE === "1") console.log(`${name} trace last=${lastImproved.toFixed(2)} tenths=${marks.join(",")}`);
  console.log(
    `${name} hard=${result.hard} soft=${result.soft} ${JSON.stringify(Object.fromEntries(nonZero))} feasibleBy=${(feasibleAt / 1000).toFixed(1)}s iters=${result.stats.iterations} moves/s=${result.stats.movesPerSecond} moves/cpu-s=${result.stats.movesPerCpuSecond}`,
  );
}
console.log(`total soft ${total}`);
