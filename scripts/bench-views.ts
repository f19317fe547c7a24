/**
 * Load test of the personal timetable views against a running server (`npm run build && npm run web`,
 * with a PUBLISHED timetable in its database).
 *
 *   BASE_URL=http://localhost:3000 node --conditions=react-server --import tsx scripts/bench-views.ts [--connections 50] [--seconds 10]
 *     [--warmup 20] [--paths /timetable,/api/timetable?scope=me,/api/timetable.ics?scope=me]
 *     [--email faculty@demo.edu] [--password demo1234] [--out bench/results/views-<date>.md]
 *
 * Signs in through next-auth's credentials endpoint to get a session cookie, checks each endpoint
 * answers 200 once (so a missing publication fails loudly instead of benchmarking 404s), then runs
 * autocannon on each path one after the other: the faculty member's timetable page, the JSON the
 * page loads its week from, and the .ics download. Each path first gets --warmup seconds of the same
 * load that are not counted (a freshly started server is still compiling its hot code; a server in
 * use is not). Prints a markdown table (p50/p95/p99 latency, requests/s) and writes it, with the
 * command, to bench/results/views-<date>.md.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { signIn } from "./lib/http-sign-in";

type AutocannonResult = { requests: { average: number; total: number }; non2xx: number; errors: number; timeouts: number; duration: number };
type AutocannonInstance = {
  on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
  then: Promise<AutocannonResult>["then"];
};
type AutocannonOptions = { url: string; connections: number; duration: number; headers: Record<string, string> };
// autocannon ships no types; this is the slice of its API used here.
const autocannon = createRequire(import.meta.url)("autocannon") as (options: AutocannonOptions) => AutocannonInstance;

const repoRoot = path.resolve(import.meta.dirname, "..");

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

type Row = { path: string; load: number; requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number };

async function bench(baseUrl: string, urlPath: string, cookie: string, connections: number, seconds: number, warmupSeconds: number): Promise<Row> {
  const probe = await fetch(`${baseUrl}${urlPath}`, { headers: { Cookie: cookie }, redirect: "manual" });
  if (probe.status !== 200) throw new Error(`${urlPath} answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
  if (warmupSeconds > 0) await autocannon({ url: `${baseUrl}${urlPath}`, connections, duration: warmupSeconds, headers: { cookie } });
  // Per-response times, so p95 is exact (autocannon's own summary has p90 and p97.5, not p95).
  const latencies: number[] = [];
  // The machine is shared: the 1-minute load when a run starts says how comparable two runs are.
  const [load] = os.loadavg();
  const instance = autocannon({ url: `${baseUrl}${urlPath}`, connections, duration: seconds, headers: { cookie } });
  instance.on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    path: urlPath,
    load,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function table(rows: Row[], connections: number, seconds: number): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    `| Endpoint | Load at start | Connections | Duration | Requests | Requests/s | p50 | p95 | p99 | Non-2xx | Errors |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...rows.map(
      (r) => `| \`${r.path}\` | ${r.load.toFixed(1)} | ${connections} | ${seconds} s | ${r.requests} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx} | ${r.errors} |`,
    ),
  ].join("\n");
}

function gitCommit(): string {
  try {
    return execSync("git rev-parse --short HEAD", { cwd: repoRoot }).toString().trim();
  } catch {
    return "unknown";
  }
}

async function main() {
  const baseUrl = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const connections = Number(flag("connections", "50"));
  const seconds = Number(flag("seconds", "10"));
  const email = flag("email", "faculty@demo.edu");
  const password = flag("password", "demo1234");
  const warmupSeconds = Number(flag("warmup", "20"));
  const paths = flag("paths", "/timetable,/api/timetable?scope=me,/api/timetable.ics?scope=me").split(",");

  const cookie = await signIn(baseUrl, email, password);
  const rows: Row[] = [];
  for (const urlPath of paths) {
    console.error(`[bench-views] ${urlPath}: ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s measured`);
    rows.push(await bench(baseUrl, urlPath, cookie, connections, seconds, warmupSeconds));
  }

  const date = new Date().toISOString().slice(0, 10);
  const command = `BASE_URL=${baseUrl} node --conditions=react-server --import tsx scripts/bench-views.ts ${process.argv.slice(2).join(" ")}`.trim();
  const markdown = [
    `# Timetable view latency, ${new Date().toISOString()}`,
    ``,
    `Signed in as ${email}; server ${baseUrl}; commit ${gitCommit()}; client on ${os.cpus().length} cores, Node ${process.version};` +
      ` load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (client and server share this machine).`,
    ``,
    "```",
    command,
    "```",
    ``,
    table(rows, connections, seconds),
    ``,
  ].join("\n");
  // --out keeps extra runs (e.g. a before/after comparison) from replacing the day's file.
  const outFile = path.resolve(repoRoot, flag("out", path.join("bench/results", `views-${date}.md`)));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, markdown);
  console.log(markdown);
  console.error(`[bench-views] written to ${path.relative(repoRoot, outFile)}`);
}

main().catch((error: unknown) => {
  console.error(`[bench-views] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
