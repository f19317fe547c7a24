/**
 * Editor benchmark: for the demo university and for N copies of it, the server time (wall and CPU)
 * of the options of a meeting, of an operation, and of suggestions, p50 and p95, and the time to
 * open a timetable in the editor (load the term, build the session). Each size runs in its own
 * scratch database (<base>_editor_bench_<copies>_test, recreated and migrated) and its own process.
 *
 *   nice npm run bench:editor -- [--copies 1,8] [--samples 40] [--out bench/results/editor-<date>.md]
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { SERVER_NODE_ARGS } from "./lib/server-node-args";

const { values: args } = parseArgs({
  options: { copies: { type: "string", default: "1,8" }, samples: { type: "string", default: "40" }, out: { type: "string" } },
});
const sizes = args.copies!.split(",").map(Number);
const base = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/timetabler");

async function recreate(name: string): Promise<string> {
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

type Run = { copies: number; entries: number; open: number; options: number[][]; operation: number[][]; undo: number[][]; scoring: number[][]; suggestions: number[][] };
const runs: Run[] = [];
for (const copies of sizes) {
  const name = `${decodeURIComponent(base.pathname.slice(1)).replace(/_test$/, "")}_editor_bench_${copies}_test`;
  const url = await recreate(name);
  execFileSync("npm", ["run", "--silent", "db:migrate"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "inherit"] });
  const child = spawnSync(process.execPath, [...SERVER_NODE_ARGS, "scripts/perf/bench-editor-run.ts", "--copies", String(copies), "--samples", args.samples!], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench run for ${copies} copies failed:\n${child.stderr}`);
  const line = child.stdout.trim().split("\n").filter((l) => l.startsWith("{")).pop()!;
  runs.push(JSON.parse(line));
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

const goals: Record<string, string> = {
  options: "< 150 ms at 8 copies",
  operation: "< 50 ms",
  undo: "< 50 ms",
  scoring: "(after the commit, off the request)",
  suggestions: "< 2 s (first result)",
};
const rows: string[] = [];
for (const run of runs) {
  rows.push(`| ${run.copies} | ${run.entries} | open (load term + session, once) | ${ms(run.open)} | | | | |`);
  for (const key of ["options", "operation", "undo", "scoring", "suggestions"] as const) {
    const samples = run[key];
    const wall = samples.map((s) => s[0]);
    const cpu = samples.map((s) => s[1]);
    rows.push(`| ${run.copies} | ${run.entries} | ${key} (${samples.length}) | ${ms(percentile(wall, 50))} | ${ms(percentile(wall, 95))} | ${ms(percentile(cpu, 50))} | ${ms(percentile(cpu, 95))} | ${goals[key]} |`);
  }
}
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
const table = [
  "| copies | entries | request (samples) | p50 wall | p95 wall | p50 CPU | p95 CPU | goal |",
  "|---|---|---|---|---|---|---|---|",
  ...rows,
].join("\n");
console.log(table);
if (args.out) {
  const body = `# Editor server time, ${new Date().toISOString().slice(0, 10)}

Command: \`nice npm run bench:editor -- --copies ${args.copies} --samples ${args.samples} --out ${args.out}\` at commit ${commit}.
Server time = the editor's domain functions called in-process as the route handlers call them
(getMeetingOptions, applyOperation, getSuggestions), against PostgreSQL; HTTP and session are not
included. An operation is a move of a random meeting to a random free cell of its options (one
transaction: version check, apply, entries updated, the incremental figures stored, edit logged);
undo replays one; "scoring" is the from-scratch evaluate() of each new version, which runs right
after the commit and stores evaluate()'s figures and violation list (lib/server/timetables/editor/
score-after-edit.ts). CPU = this process's user+system time for the call (the machine is shared by
other jobs, so wall times carry their load). "open" is the first request on a timetable: it loads
the term and builds the session; later requests at the same version reuse it.

${table}
`;
  fs.writeFileSync(args.out, body);
  console.log(`wrote ${args.out}`);
}
