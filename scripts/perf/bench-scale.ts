/**
 * Large terms converge like their campuses: `solve:demo --copies N` against the sum of the N
 * campuses solved one by one with the same CPU time per campus, per seed, CPU clock, and prints a
 * Markdown table. --threads T solves the whole term in T threads (each thread's budget is the
 * process's CPU time / T, so the term gets T x seconds of CPU); the campuses alone always run in one
 * thread, --campus-seconds each (default: the term's CPU time / copies). --jobs J runs up to J solves
 * at once: every budget is its own process's CPU time, so they do not take time from each other's.
 *
 *   nice -n 19 node --conditions=react-server --import tsx scripts/perf/bench-scale.ts [--copies 8] [--seconds 120] [--threads 2] [--seeds 1,2,3] [--jobs 2]
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { SERVER_NODE_ARGS } from "../lib/server-node-args";

const { values } = parseArgs({
  options: {
    copies: { type: "string", default: "8" },
    seconds: { type: "string", default: "120" },
    threads: { type: "string", default: "1" },
    "campus-seconds": { type: "string" },
    seeds: { type: "string", default: "1,2,3" },
    jobs: { type: "string", default: "1" },
  },
});
const copies = Number(values.copies);
const seconds = Number(values.seconds);
const threads = Number(values.threads);
const campusSeconds = values["campus-seconds"] !== undefined ? Number(values["campus-seconds"]) : (seconds * threads) / copies;
const seeds = values.seeds.split(",").map(Number);
const jobs = Math.max(1, Number(values.jobs));
const cli = path.resolve(import.meta.dirname, "../solve-demo.ts");

async function solveDemo(args: string[]): Promise<{ hard: number; soft: number }> {
  const run = await promisify(execFile)(process.execPath, [...SERVER_NODE_ARGS, cli, ...args, "--cpu-clock"], { encoding: "utf8", maxBuffer: 1 << 24 }).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? String(error) }),
  );
  const last = run.stdout.trimEnd().split("\n").at(-1) ?? "";
  const match = /^hard=(\d+) soft=([\d.]+)$/.exec(last);
  if (!match) throw new Error(`solve:demo ${args.join(" ")} failed: ${run.stderr || last}`);
  return { hard: Number(match[1]), soft: Number(match[2]) };
}

/** Runs the tasks, at most `limit` at a time, keeping their order in the answer. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const tasks = seeds.flatMap((seed) => [
  () => solveDemo(["--copies", String(copies), "--seconds", String(seconds), "--threads", String(threads), "--seed", String(seed)]),
  ...Array.from({ length: copies }, (_, k) => () => solveDemo(["--campus", String(k + 1), "--seconds", String(campusSeconds), "--seed", String(seed)])),
]);
const results = await pool(tasks, jobs);
console.log(
  `| seed | ${copies} copies, ${seconds} s x ${threads} thread(s): hard / soft | sum of ${copies} campuses alone, ${campusSeconds} s each at 1 thread: hard / soft | ratio |`,
);
console.log("|---|---|---|---|");
const ratios: number[] = [];
for (const [i, seed] of seeds.entries()) {
  const [whole, ...alone] = results.slice(i * (copies + 1), (i + 1) * (copies + 1));
  const hard = alone.reduce((n, r) => n + r.hard, 0);
  const soft = alone.reduce((n, r) => n + r.soft, 0);
  ratios.push(whole.soft / soft);
  console.log(`| ${seed} | ${whole.hard} / ${whole.soft} | ${hard} / ${soft} | ${(whole.soft / soft).toFixed(3)} |`);
}
console.log(`median ratio: ${median(ratios).toFixed(3)} (${seeds.length} seed(s))`);
