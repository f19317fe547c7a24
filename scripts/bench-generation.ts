/**
 * Benchmark: from "Generate" to the first feasible variant and to all variants done, on the demo
 * university, through the real parts (PostgreSQL row first, BullMQ, a separate worker process,
 * sandboxed solver threads, one save transaction per variant).
 *
 *   npm run bench:generation -- [--variants 5] [--seconds 20] [--workers 1]
 *
 * It starts its own worker process(es) on a private BullMQ prefix (so a running `npm start` worker
 * does not take the jobs), uses DATABASE_URL (default: the app's database, which `npm start`
 * seeds), prints a markdown table and writes it to bench/results/generation-<date>.md.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { prisma } from "@/lib/db";
import { closeProducer } from "@/lib/queue/producer";
import { createGenerationJob } from "@/lib/server/generation/create-generation-job";
import { SERVER_NODE_ARGS } from "./lib/server-node-args";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    variants: { type: "string", default: "5" },
    seconds: { type: "string", default: "20" },
    workers: { type: "string", default: "1" },
  },
});
const variants = Number(args.variants);
const seconds = Number(args.seconds);
const workerCount = Number(args.workers);
const prefix = `bench-gen-${process.pid}`;
process.env.BULLMQ_PREFIX = prefix;

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, "worker/index.ts"], {
    cwd: ROOT,
    env: { ...process.env, BULLMQ_PREFIX: prefix },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (/\[worker\] \S+ started/.test(out)) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited with ${code} before starting:\n${out}`)));
  });
}

const registrar = await prisma.user.findFirst({ where: { role: "REGISTRAR" }, select: { id: true } });
const term = await prisma.term.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true, name: true } });
if (!registrar || !term) {
  console.error("No registrar or term in the database: run `npm start` (or npm run db:seed) first.");
  process.exit(1);
}
const offerings = await prisma.offering.count({ where: { termId: term.id } });

const workers = await Promise.all(Array.from({ length: workerCount }, startWorker));
const t0 = performance.now();
const { id } = await createGenerationJob({ termId: term.id, departmentIds: [], variants, secondsPerVariant: seconds, requestedById: registrar.id });

let firstFeasibleMs: number | null = null;
let doneMs: number | null = null;
let status = "";
const deadline = t0 + (seconds * variants + 120) * 1000;
while (performance.now() < deadline) {
  const job = await prisma.generationJob.findUniqueOrThrow({
    where: { id },
    select: { status: true, variants: { select: { bestHard: true, status: true } } },
  });
  status = job.status;
  if (firstFeasibleMs === null && job.variants.some((v) => v.bestHard === 0)) firstFeasibleMs = performance.now() - t0;
  if (["COMPLETED", "FAILED", "CANCELLED"].includes(job.status)) {
    doneMs = performance.now() - t0;
    break;
  }
  await new Promise((r) => setTimeout(r, 100));
}
const results = await prisma.timetable.findMany({ where: { jobId: id }, select: { name: true, score: true, hardViolations: true } });

for (const worker of workers) worker.kill("SIGTERM");
await closeProducer();
await prisma.$disconnect();

const fmt = (ms: number | null) => (ms === null ? "—" : `${(ms / 1000).toFixed(1)} s`);
const table = [
  `# Generation benchmark (${new Date().toISOString().slice(0, 10)})`,
  "",
  `Command: \`npm run bench:generation -- --variants ${variants} --seconds ${seconds} --workers ${workerCount}\``,
  `Machine: ${os.availableParallelism()} cores, Node ${process.version}; term "${term.name}" (${offerings} offerings)`,
  "",
  "| variants | seconds each | worker processes | job status | first feasible | all variants done |",
  "|---|---|---|---|---|---|",
  `| ${variants} | ${seconds} | ${workerCount} | ${status} | ${fmt(firstFeasibleMs)} | ${fmt(doneMs)} |`,
  "",
  "| variant | score | hard violations |",
  "|---|---|---|",
  ...results.map((r) => `| ${r.name} | ${Math.round(r.score)} | ${r.hardViolations} |`),
  "",
  "First feasible is measured from the job's creation to the first variant row reporting no hard violation",
  "(rows are written at least every 2 s, so it is an upper bound).",
].join("\n");
console.log(table);
mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
const file = path.join(ROOT, `bench/results/generation-${new Date().toISOString().slice(0, 10)}.md`);
writeFileSync(file, table + "\n");
console.log(`\nWrote ${path.relative(ROOT, file)}`);
