/**
 * Load and fault test of a whole deployment on one machine (issue 16): W web processes and K
 * workers against one PostgreSQL and one Redis, R registrars generating concurrently (one
 * department scope each), V viewers reading personal views, .ics downloads and calendar feeds, and
 * every N seconds one worker SIGKILLed and a new one started. Then the same load without kills for
 * K = 1, 2, 3 workers, to show how throughput grows with workers.
 *
 *   npm run bench:cluster -- [--web 2] [--workers 2] [--registrars 10] [--viewers 200] [--kill-every 20]
 *     [--seconds 180] [--series 1,2,3] [--series-seconds 60] [--think-ms 2000] [--port 3170] [--out FILE]
 *
 * Needs: a production build (NEXT_DIST_DIR or .next), a database with the demo university and a
 * published timetable (node --conditions=react-server --import tsx scripts/perf/publish-demo-timetable.ts), and DATABASE_URL,
 * REDIS_URL, BULLMQ_PREFIX, NEXTAUTH_SECRET, NEXTAUTH_URL in the environment. Every process runs
 * under `nice`, since the machine may be shared. Writes bench/results/cluster-<date>.md.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readWorkerConfig } from "@/lib/config";
import { prisma } from "@/lib/db";
import { runRegistrar, runViewer, type ViewStats, type ViewerTarget } from "./bench-cluster/clients";
import { signIn } from "./lib/http-sign-in";
import { startCluster } from "./bench-cluster/processes";

const USAGE = `npm run bench:cluster -- [--web 2] [--workers 2] [--registrars 10] [--viewers 200] [--kill-every 20]
  [--seconds 180] [--series 1,2,3] [--series-seconds 60] [--think-ms 2000] [--port 3170] [--out FILE]

Starts W web and K worker processes against DATABASE_URL and REDIS_URL (BULLMQ_PREFIX), runs R registrars
and V viewers for --seconds while SIGKILLing a worker every --kill-every s (0: never), then the same load
without kills for each K in --series (empty: none). Needs a production build and the demo university with
a published timetable. Writes bench/results/cluster-<date>.md (or --out).`;

const { values: args } = parseArgs({
  options: {
    web: { type: "string", default: "2" },
    workers: { type: "string", default: "2" },
    registrars: { type: "string", default: "10" },
    viewers: { type: "string", default: "200" },
    "kill-every": { type: "string", default: "20" },
    seconds: { type: "string", default: "180" },
    series: { type: "string", default: "1,2,3" },
    "series-seconds": { type: "string", default: "60" },
    "think-ms": { type: "string", default: "2000" },
    port: { type: "string", default: "3170" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const ROOT = path.resolve(import.meta.dirname, "..");
const VARIANTS = 2;
const SECONDS_PER_VARIANT = 5;
const DRAIN_TIMEOUT_MS = 240_000;
// Quicker crash recovery than the defaults (30 s), so a killed worker's variants restart within seconds.
const WORKER_ENV = { WORKER_LOCK_DURATION_MS: "10000", WORKER_STALLED_INTERVAL_MS: "5000", HEARTBEAT_INTERVAL_MS: "2000", LOG_LEVEL: "info" };

interface RunResult {
  workers: number;
  kills: number;
  seconds: number;
  load: [number, number];
  jobs: { submitted: number; completed: number; failed: number; other: number; twice: number; exactVariants: number; submitErrors: number; reRuns: number };
  doneSeconds: { p50: number; p95: number; max: number };
  views: { requests: number; errors: number; p50: number; p95: number; p99: number; byKind: Record<string, number> };
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

async function viewerTargets(webUrl: string): Promise<ViewerTarget[]> {
  const faculty = await signIn(webUrl, "faculty@demo.edu", "demo1234");
  const student = await signIn(webUrl, "student@demo.edu", "demo1234");
  const token = await fetch(`${webUrl}/api/calendar/token`, { method: "POST", headers: { Cookie: faculty } });
  if (token.status !== 201) throw new Error(`could not create a feed token: ${token.status} ${await token.text()}`);
  const feedPath = new URL(((await token.json()) as { url: string }).url).pathname;
  return [
    { kind: "faculty view", path: "/api/timetable?scope=me", cookie: faculty },
    { kind: "student view", path: "/api/timetable?scope=me", cookie: student },
    { kind: "faculty .ics", path: "/api/timetable.ics?scope=me", cookie: faculty },
    { kind: "student .ics", path: "/api/timetable.ics?scope=me", cookie: student },
    { kind: "feed", path: feedPath },
  ];
}

async function run(workers: number, seconds: number, killEverySeconds: number): Promise<RunResult> {
  const web = Number(args.web);
  const logDir = path.join(os.tmpdir(), `bench-cluster-${Date.now()}`);
  console.error(`[bench] W=${web} K=${workers} for ${seconds} s${killEverySeconds > 0 ? `, a worker killed every ${killEverySeconds} s` : ""} (logs: ${logDir})`);
  const cluster = await startCluster({ web, workers, basePort: Number(args.port), logDir, workerEnv: WORKER_ENV });
  try {
    const term = await prisma.term.findFirstOrThrow({ orderBy: { firstDay: "desc" }, select: { id: true } });
    const departments = await prisma.department.findMany({ where: { termId: null, subjects: { some: { offerings: { some: { termId: term.id } } } } }, select: { id: true }, orderBy: { code: "asc" } });
    const registrarCookie = await signIn(cluster.webUrls[0], "registrar@demo.edu", "demo1234");
    const targets = await viewerTargets(cluster.webUrls[0]);

    const load1 = os.loadavg()[0];
    const until = Date.now() + seconds * 1000;
    const submitted: string[] = [];
    const submitErrors = { count: 0 };
    const views: ViewStats = { latencies: [], errors: 0, byKind: {} };
    let kills = 0;
    const killer = killEverySeconds > 0 ? setInterval(() => {
      const index = cluster.killAndReplaceWorker();
      kills++;
      console.error(`[bench] SIGKILL worker #${index}, started a new one`);
    }, killEverySeconds * 1000) : undefined;
    const registrarOptions = { webUrls: cluster.webUrls, cookie: registrarCookie, termId: term.id, departmentIds: departments.map((d) => d.id), variants: VARIANTS, secondsPerVariant: SECONDS_PER_VARIANT, until, submitted, submitErrors };
    const registrars = Array.from({ length: Number(args.registrars) }, (_, i) => runRegistrar(i, registrarOptions));
    const viewers = Array.from({ length: Number(args.viewers) }, (_, i) => runViewer(i, cluster.webUrls, targets, Number(args["think-ms"]), until, views));
    await Promise.all(viewers);
    clearInterval(killer);
    const load2 = os.loadavg()[0];
    // Jobs requested before the end may still run: wait for them (the registrars' loops end with them).
    let drainTimer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(registrars), new Promise((resolve) => (drainTimer = setTimeout(resolve, DRAIN_TIMEOUT_MS)))]);
    clearTimeout(drainTimer);

    const jobs = await prisma.generationJob.findMany({
      where: { id: { in: submitted } },
      select: { status: true, attempts: true, createdAt: true, finishedAt: true, _count: { select: { variants: true, timetables: true } } },
    });
    const done = jobs.filter((j) => j.finishedAt).map((j) => (j.finishedAt!.getTime() - j.createdAt.getTime()) / 1000).sort((a, b) => a - b);
    const latencies = views.latencies.sort((a, b) => a - b);
    return {
      workers,
      kills,
      seconds,
      load: [load1, load2],
      jobs: {
        submitted: submitted.length,
        completed: jobs.filter((j) => j.status === "COMPLETED").length,
        failed: jobs.filter((j) => j.status === "FAILED").length,
        other: jobs.filter((j) => !["COMPLETED", "FAILED"].includes(j.status)).length,
        twice: jobs.filter((j) => j._count.timetables > j._count.variants).length,
        exactVariants: jobs.filter((j) => j._count.timetables === VARIANTS && j._count.variants === VARIANTS).length,
        submitErrors: submitErrors.count,
        reRuns: jobs.reduce((sum, j) => sum + Math.max(0, j.attempts - j._count.variants), 0),
      },
      doneSeconds: { p50: percentile(done, 50), p95: percentile(done, 95), max: done.at(-1) ?? Number.NaN },
      views: { requests: latencies.length, errors: views.errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), byKind: views.byKind },
    };
  } finally {
    await cluster.stop();
  }
}

function report(main: RunResult, series: RunResult[], command: string): string {
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "—");
  const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
  const j = main.jobs;
  return [
    `# Cluster load and fault test, ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Command: \`${command}\`  `,
    `Commit: ${commit}. Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), **shared with other engineers' work**; every process ran under \`nice -n 10\`. Load average (1 min) at start / end of the main run: ${f(main.load[0], 2)} / ${f(main.load[1], 2)}.`,
    "",
    `Each job: ${VARIANTS} variants x ${SECONDS_PER_VARIANT} s, one department of the demo term. Workers with a 10 s lock and a 5 s stalled check; ` +
      `a variant is given up after ${readWorkerConfig({ ...process.env, ...WORKER_ENV }).WORKER_MAX_STALLED_COUNT + 1} deaths of the worker running it (WORKER_MAX_STALLED_COUNT).`,
    "",
    `## Main run: W = ${args.web} web, K = ${main.workers} workers, R = ${args.registrars} registrars, V = ${args.viewers} viewers, ${main.seconds} s, ${main.kills} workers SIGKILLed (one every ${args["kill-every"]} s)`,
    "",
    "| Jobs submitted | Completed | Failed | Unfinished | Completed twice | Jobs with exactly their variants saved | Variant re-runs (after kills) | Submit errors |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${j.submitted} | ${j.completed} | ${j.failed} | ${j.other} | ${j.twice} | ${j.exactVariants} / ${j.submitted} | ${j.reRuns} | ${j.submitErrors} |`,
    "",
    "| Submit to done p50 | p95 | max | View requests | View errors | View p50 | p95 | p99 |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${f(main.doneSeconds.p50)} s | ${f(main.doneSeconds.p95)} s | ${f(main.doneSeconds.max)} s | ${main.views.requests} | ${main.views.errors} | ${f(main.views.p50)} ms | ${f(main.views.p95)} ms | ${f(main.views.p99)} ms |`,
    "",
    `View requests by kind: ${Object.entries(main.views.byKind).map(([k, n]) => `${k} ${n}`).join(", ")}.`,
    "",
    ...seriesSection(series, f),
  ].join("\n");
}

/** The throughput table of the runs without kills; nothing at all for `--series ""` (no runs, no header). */
function seriesSection(series: RunResult[], f: (n: number, d?: number) => string): string[] {
  if (series.length === 0) return [];
  return [
    `## Throughput by number of workers (same load, no kills, ${args["series-seconds"]} s each)`,
    "",
    "| Workers | Jobs completed | Jobs/min | Submit to done p50 | p95 | View p95 | View errors | Load (1 min) start / end |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...series.map((r) => `| ${r.workers} | ${r.jobs.completed} / ${r.jobs.submitted} | ${f((r.jobs.completed * 60) / r.seconds)} | ${f(r.doneSeconds.p50)} s | ${f(r.doneSeconds.p95)} s | ${f(r.views.p95)} ms | ${r.views.errors} | ${f(r.load[0], 2)} / ${f(r.load[1], 2)} |`),
    "",
  ];
}

async function main() {
  const command = `npm run bench:cluster -- ${process.argv.slice(2).join(" ")}`.trim();
  const mainRun = await run(Number(args.workers), Number(args.seconds), Number(args["kill-every"]));
  console.error(JSON.stringify(mainRun));
  const series: RunResult[] = [];
  for (const k of args.series.split(",").filter(Boolean).map(Number)) {
    series.push(await run(k, Number(args["series-seconds"]), 0));
    console.error(JSON.stringify(series.at(-1)));
  }
  const text = report(mainRun, series, command);
  const out = args.out ?? path.join(ROOT, "bench/results", `cluster-${new Date().toISOString().slice(0, 10)}.md`);
  fs.writeFileSync(out, text);
  console.log(text);
  console.error(`[bench] written to ${out}`);
  await prisma.$disconnect();
}

await main();
