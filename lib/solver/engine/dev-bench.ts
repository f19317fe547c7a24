/**
 * Developer benchmark for the engine on ITC-2007 instances (the product CLI is scripts/bench-itc.ts).
 * Usage: node --import tsx lib/solver/engine/dev-bench.ts <seconds> <seed> comp01 [comp02 ...]
 * Prints UD2 hard/soft from evaluate(), iterations and moves/s per instance.
 */
import { readFileSync } from "node:fs";
import { parseCtt } from "../../formats/itc2007/parse-ctt";
import { toSolverInput } from "../../formats/itc2007/to-solver-input";
import { solve } from "../solve";

const [seconds = "10", seed = "1", ...names] = process.argv.slice(2);
const dir = process.env.ITC_DIR ?? "/work/shared/bench/itc2007";
let total = 0;
for (const name of names) {
  const input = toSolverInput(parseCtt(readFileSync(`${dir}/${name}.ctt`, "utf8")));
  const result = await solve(input, { timeLimitMs: Number(seconds) * 1000, seed: Number(seed) });
  total += result.soft;
  console.log(
    `${name} hard=${result.hard} soft=${result.soft} ${JSON.stringify(result.softBreakdown)} iters=${result.stats.iterations} moves/s=${result.stats.movesPerSecond}`,
  );
}
console.log(`total soft ${total}`);
