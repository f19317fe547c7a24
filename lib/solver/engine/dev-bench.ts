/**
 * Developer benchmark for the engine (the product CLI is scripts/bench-itc.ts).
 * Usage: node --import tsx lib/solver/engine/dev-bench.ts <seconds> <seed> comp01 [comp02 ... univ1 ...]
 * compNN = ITC-2007 instance from $ITC_DIR; univN = synthetic university instance with seed N.
 * Prints hard/soft from evaluate(), when hard first reached 0 (progress granularity), iterations and moves/s.
 */
import { readFileSync } from "node:fs";
import { parseCtt } from "../../formats/itc2007/parse-ctt";
import { toSolverInput } from "../../formats/itc2007/to-solver-input";
import { solve } from "../solve";
import type { SolverInput } from "../types";
import { syntheticInstance, UNIVERSITY_SIZE } from "./synthetic-instance";

const [seconds = "10", seed = "1", ...names] = process.argv.slice(2);
const dir = process.env.ITC_DIR ?? "/work/shared/bench/itc2007";

function load(name: string): SolverInput {
  if (name.startsWith("univ")) return syntheticInstance(Number(name.slice(4)), UNIVERSITY_SIZE);
  return toSolverInput(parseCtt(readFileSync(`${dir}/${name}.ctt`, "utf8")));
}

let total = 0;
for (const name of names) {
  const input = load(name);
  const started = performance.now();
  let feasibleAt = -1;
  const result = await solve(input, {
    timeLimitMs: Number(seconds) * 1000,
    seed: Number(seed),
    onProgress: (p) => {
      if (feasibleAt < 0 && p.bestHard === 0) feasibleAt = performance.now() - started;
    },
  });
  total += result.soft;
  const nonZero = Object.entries(result.softBreakdown).filter(([, v]) => v > 0);
  console.log(
    `${name} hard=${result.hard} soft=${result.soft} ${JSON.stringify(Object.fromEntries(nonZero))} feasibleBy=${(feasibleAt / 1000).toFixed(1)}s iters=${result.stats.iterations} moves/s=${result.stats.movesPerSecond}`,
  );
}
console.log(`total soft ${total}`);
