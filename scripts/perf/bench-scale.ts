/**
 * Large terms converge like their campuses: `solve:demo --copies N` against the sum of the N
 * campuses solved one by one with the same CPU time per campus, per seed, CPU clock. Runs the
 * solves one after another (never in parallel) and prints a Markdown table.
 *
 *   nice -n 19 node --import tsx scripts/perf/bench-scale.ts [--copies 8] [--seconds 120] [--seeds 1,2,3]
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { copies: { type: "string", default: "8" }, seconds: { type: "string", default: "120" }, seeds: { type: "string", default: "1,2,3" } } });
const copies = Number(values.copies);
const seconds = Number(values.seconds);
const seeds = values.seeds.split(",").map(Number);
const cli = path.resolve(import.meta.dirname, "../solve-demo.ts");

function solveDemo(args: string[]): { hard: number; soft: number } {
  const run = spawnSync(process.execPath, ["--import", "tsx", cli, ...args, "--cpu-clock"], { encoding: "utf8" });
  const last = run.stdout.trimEnd().split("\n").at(-1) ?? "";
  const match = /^hard=(\d+) soft=([\d.]+)$/.exec(last);
  if (run.status !== 0 || !match) throw new Error(`solve:demo ${args.join(" ")} failed: ${run.stderr || last}`);
  return { hard: Number(match[1]), soft: Number(match[2]) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
console.log(`| seed | ${copies} copies, ${seconds} s: hard / soft | sum of ${copies} campuses alone, ${seconds / copies} s each: hard / soft | ratio |`);
console.log("|---|---|---|---|");
const ratios: number[] = [];
for (const seed of seeds) {
  const whole = solveDemo(["--copies", String(copies), "--seconds", String(seconds), "--seed", String(seed)]);
  let hard = 0;
  let soft = 0;
  for (let k = 1; k <= copies; k++) {
    const alone = solveDemo(["--campus", String(k), "--seconds", String(seconds / copies), "--seed", String(seed)]);
    hard += alone.hard;
    soft += alone.soft;
  }
  ratios.push(whole.soft / soft);
  console.log(`| ${seed} | ${whole.hard} / ${whole.soft} | ${hard} / ${soft} | ${(whole.soft / soft).toFixed(3)} |`);
}
console.log(`median ratio: ${median(ratios).toFixed(3)} (${seeds.length} seed(s))`);
