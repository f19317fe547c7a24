/**
 * ITC-2007 track 3 benchmark of the product solver.
 *
 *   npm run bench:itc -- --seconds N [--seeds K] [--instances comp01,comp05] [--parallel P] [--dir D] [--clock cpu|wall]
 *
 * --clock cpu (the default) gives every run N seconds of its own CPU time, so results on a shared
 * machine stay comparable with the ITC-2007 single-thread rule; --clock wall uses elapsed time.
 * Every (instance, seed) run is its own child process (scripts/solve-ctt.ts), so one run owns one
 * core; --parallel (default 1) says how many run at once — keep it at or below the free cores or
 * the time limit buys less search. Every written .sol is re-validated here with the independent
 * UD2 validator. The markdown table goes to bench/results/itc2007-<seconds>s-<date>.md together
 * with the exact command and the machine, and is printed. Exits 1 if any run failed or disagreed
 * with the validator.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCtt } from "../lib/formats/itc2007/parse-ctt";
import { parseSolution } from "../lib/formats/itc2007/solution-format";
import { validateUd2 } from "../lib/formats/itc2007/validate-ud2";
import { numberFlag, parseArgs } from "./itc/args";
import { renderTable, TABLE_LEGEND, type BenchRun, type InstanceRow } from "./itc/bench-table";
import { runPool, type ChildJob } from "./itc/run-pool";
import { parseClock, type InstanceRun } from "./itc/solve-instance";
import { SERVER_NODE_ARGS } from "./lib/server-node-args";

const repoRoot = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ["seconds", "seeds", "instances", "parallel", "dir", "clock"]);
  if (!args.flags.has("seconds")) throw new Error("usage: npm run bench:itc -- --seconds N [--seeds K] [--instances comp01,comp05] [--parallel P] [--dir D] [--clock cpu|wall]");
  const seconds = numberFlag(args, "seconds", 10);
  const seeds = Math.max(1, Math.floor(numberFlag(args, "seeds", 1)));
  const parallel = Math.max(1, Math.floor(numberFlag(args, "parallel", 1)));
  const clock = parseClock(args.flags.get("clock"), "cpu");
  const dir = path.resolve(args.flags.get("dir") ?? path.resolve(repoRoot, "../shared/bench/itc2007"));
  const available = fs.readdirSync(dir).filter((f) => f.endsWith(".ctt")).map((f) => f.slice(0, -4)).sort();
  const instances = args.flags.get("instances")?.split(",").map((s) => s.trim()).filter(Boolean) ?? available;
  for (const name of instances) if (!available.includes(name)) throw new Error(`no ${name}.ctt in ${dir}`);

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-itc-"));
  const jobs: (ChildJob & { instance: string; seed: number; solFile: string; jsonFile: string })[] = [];
  // Seed-major order: a bench cut short still has every instance's first seeds (see writeReport).
  for (let seed = 1; seed <= seeds; seed++) {
    for (const instance of instances) {
      const solFile = path.join(workDir, `${instance}-seed${seed}.sol`);
      const jsonFile = path.join(workDir, `${instance}-seed${seed}.json`);
      jobs.push({
        label: `${instance} seed ${seed}`,
        command: process.execPath,
        args: [...SERVER_NODE_ARGS, path.join(repoRoot, "scripts/solve-ctt.ts"), path.join(dir, `${instance}.ctt`), "--seconds", String(seconds), "--seed", String(seed), "--out", solFile, "--json", jsonFile, "--clock", clock],
        // Generous (a CPU-clock run on a busy machine takes several times its budget in wall time),
        // but a hung run must not stall the bench forever.
        timeoutMs: seconds * (clock === "cpu" ? 10_000 : 2000) + 60_000,
        instance,
        seed,
        solFile,
        jsonFile,
      });
    }
  }
  const startedAt = new Date();
  const load = os.loadavg()[0].toFixed(2);
  console.error(`${jobs.length} run(s) of ${seconds}s (${clock} clock), ${parallel} at a time; solutions in ${workDir}`);

  const runsByInstance = new Map<string, BenchRun[]>(instances.map((i) => [i, []]));
  const resultsDir = path.join(repoRoot, "bench/results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = uniquePath(path.join(resultsDir, `itc2007-${seconds}s-${startedAt.toISOString().slice(0, 10)}.md`));
  const command = `npm run bench:itc -- ${process.argv.slice(2).join(" ")}`;
  const machine = `${os.availableParallelism()} cores (nproc), ${os.cpus()[0]?.model ?? "unknown CPU"}, node ${process.version}, load average ${load} at start`;
  const revision = gitRevision();
  let done = 0;
  /** Rewritten after every run, so a bench stopped early leaves the runs it finished, marked partial. */
  const writeReport = (): string => {
    const rows: InstanceRow[] = instances.map((instance) => ({ instance, runs: [...runsByInstance.get(instance)!].sort((a, b) => a.seed - b.seed) }));
    const table = renderTable(rows);
    const report = [
      `# ITC-2007 track 3 (UD2), ${seconds} s ${clock === "cpu" ? "of CPU time" : "wall clock"} per run, ${seeds} seed(s)`,
      "",
      ...(done < jobs.length ? [`**Partial: ${done} of ${jobs.length} runs finished** (seeds run in order, all instances per seed).`, ""] : []),
      `- command: \`${command}\``,
      `- machine: ${machine}`,
      `- solver commit: ${revision}`,
      `- started ${startedAt.toISOString()}, ${done < jobs.length ? "last run finished" : "finished"} ${new Date().toISOString()}, ${parallel} run(s) at a time, each in its own process`,
      `- instances: ${path.relative(repoRoot, dir)}`,
      "",
      table,
      "",
      TABLE_LEGEND,
      "",
    ].join("\n");
    fs.writeFileSync(file, report);
    return table;
  };
  await runPool(jobs, parallel, (outcome) => {
    const job = jobs.find((j) => j.label === outcome.job.label)!;
    const run = collectRun(dir, job, outcome.exitCode, outcome.timedOut, outcome.stderr);
    runsByInstance.get(job.instance)!.push(run);
    done++;
    writeReport();
    const state = run.failed ? "FAILED" : `hard=${run.hard} soft=${run.soft}${run.mismatches.length ? " MISMATCH " + run.mismatches.join("; ") : ""}`;
    console.error(`  ${job.label}: ${state}`);
  });

  console.log(writeReport());
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
  const bad = [...runsByInstance.values()].flat().filter((r) => r.failed || r.mismatches.length > 0);
  return bad.length > 0 ? 1 : 0;
}

/** Reads one child's result: costs from validating its .sol here, speed from its JSON summary. */
function collectRun(dir: string, job: { instance: string; seed: number; solFile: string; jsonFile: string }, exitCode: number | null, timedOut: boolean, stderr: string): BenchRun {
  const failed: BenchRun = { seed: job.seed, hard: NaN, soft: NaN, movesPerSecond: NaN, cpuSeconds: NaN, failed: true, mismatches: [] };
  if (timedOut || !fs.existsSync(job.solFile) || !fs.existsSync(job.jsonFile)) {
    console.error(`  ${job.instance} seed ${job.seed}: ${timedOut ? "timed out" : `exit ${exitCode}`}\n${stderr.trim()}`);
    return failed;
  }
  const summary = JSON.parse(fs.readFileSync(job.jsonFile, "utf8")) as InstanceRun;
  const instance = parseCtt(fs.readFileSync(path.join(dir, `${job.instance}.ctt`), "utf8"));
  const ud2 = validateUd2(instance, parseSolution(fs.readFileSync(job.solFile, "utf8")));
  const mismatches = [...summary.mismatches];
  if (ud2.soft !== summary.ud2.soft || ud2.hard !== summary.ud2.hard) mismatches.push("child's validation differs from the bench's");
  return { seed: job.seed, hard: ud2.hard, soft: ud2.soft, movesPerSecond: summary.solver.stats.movesPerSecond, cpuSeconds: summary.cpuSeconds, failed: false, mismatches };
}

/** Short commit hash, marked "+changes" when the working tree differs (other engineers' edits included). */
function gitRevision(): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: repoRoot, encoding: "utf8" });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return "unknown (not a git checkout)";
  const dirty = git("status", "--porcelain", "--", "lib/solver", "lib/formats", "scripts").stdout.trim().length > 0;
  return `${head.stdout.trim()}${dirty ? " +changes in lib/solver, lib/formats or scripts" : ""}`;
}

function uniquePath(file: string): string {
  if (!fs.existsSync(file)) return file;
  for (let n = 2; ; n++) {
    const candidate = file.replace(/\.md$/, `-${n}.md`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
