/**
 * Solve an ITC-2007 track 3 instance and check the result with the independent UD2 validator.
 *
 *   npm run solve:ctt -- <instance.ctt> [--seconds N] [--seed S] [--out file.sol] [--clock wall|cpu] [--json summary.json]
 *
 * --clock cpu measures the budget in this process's CPU time (default wall clock).
 * Prints the validator's breakdown; the LAST line is exactly `hard=H soft=S` (validator's numbers).
 * Exits 1 when the solver's own reported cost differs from the validator's, 2 on bad usage.
 */
import fs from "node:fs";
import path from "node:path";
import { formatUd2 } from "../lib/formats/itc2007/validate-ud2";
import { numberFlag, parseArgs } from "./itc/args";
import { parseClock, solveInstanceFile } from "./itc/solve-instance";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), ["seconds", "seed", "out", "json", "clock"]);
    if (args.positional.length !== 1) throw new Error("expected exactly one instance file");
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run solve:ctt -- <instance.ctt> [--seconds N] [--seed S] [--out file.sol] [--clock wall|cpu] [--json summary.json]`);
    return 2;
  }
  const ctt = args.positional[0];
  const seconds = numberFlag(args, "seconds", 10);
  const seed = numberFlag(args, "seed", 1);
  const out = args.flags.get("out") ?? `${path.basename(ctt, ".ctt")}.sol`;
  const clock = parseClock(args.flags.get("clock"), "wall");

  const run = await solveInstanceFile(ctt, seconds, seed, out, clock);
  const { solver, ud2 } = run;
  console.log(`instance ${run.instance}  seed ${seed}  ${seconds}s (${clock} clock)  -> ${out}`);
  console.log(
    `solver: status ${solver.status}, hard=${solver.hard} soft=${solver.soft}, ${solver.stats.iterations} iterations, ${solver.stats.movesPerSecond} moves/s, ${Math.round(solver.stats.elapsedMs)} ms wall, ${run.cpuSeconds.toFixed(1)} s CPU`,
  );
  console.log(formatUd2(ud2));
  if (args.flags.has("json")) fs.writeFileSync(args.flags.get("json")!, JSON.stringify(run, null, 2));
  for (const m of run.mismatches) console.log(`MISMATCH ${m}`);
  console.log(`hard=${ud2.hard} soft=${ud2.soft}`);
  return run.mismatches.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
