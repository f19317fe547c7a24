/**
 * One generation's log lines, followed by its job id from the web request (POST /api/jobs) to the
 * saved variants in a separate worker process: every line carries the job id, the requesting
 * user's id, and on the worker the variant; the request's lines carry the request id.
 */
import { readFileSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import { jobState, createTermAndRegistrar, useQueueOf } from "./support/generation-fixtures";
import { waitFor } from "./support/wait-for";
import { useWorkerTestHarness } from "./support/worker-test-harness";

// This process plays the web app: its log goes to a file the test reads (set before the logger loads).
const webLog = vi.hoisted(() => {
  const file = `/tmp/timetabler-web-log-${process.pid}.jsonl`;
  Object.assign(process.env, { LOG_FILE: file, LOG_FORMAT: "json" });
  delete (globalThis as { timetablerLogger?: unknown }).timetablerLogger;
  return file;
});
const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));
const { POST } = await import("@/app/api/jobs/route");

const harness = useWorkerTestHarness();
afterAll(() => rmSync(webLog, { force: true }));

type Line = { msg: string; proc: string; requestId?: string; userId?: string; jobId?: string; variant?: number; [key: string]: unknown };
const jsonLines = (text: string): Line[] =>
  text
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Line);

describe("structured logs", () => {
  it("follow one generation by its job id from the request to the saved variants, across processes", async () => {
    const env = useQueueOf(harness.redis.url);
    const { termId, registrarId } = await createTermAndRegistrar();
    const worker = harness.startWorker({ ...env, LOG_FILE: "", LOG_SOLVER_PROGRESS_MS: "1000" });
    await worker.waitForOutput(/started: prefix/);

    session.current = { id: registrarId, email: "r@test", name: "Registrar", role: "REGISTRAR", departmentId: null };
    const requestId = "lb-request-0123456789";
    const response = await POST(
      new Request("http://test/api/jobs", { method: "POST", headers: { "x-request-id": requestId, "content-type": "application/json" }, body: JSON.stringify({ termId, variants: 2, secondsPerVariant: 5 }) }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe(requestId);
    const { id: jobId } = (await response.json()) as { id: string };

    const job = await waitFor(() => jobState(jobId), (j) => j.status === "COMPLETED" || j.status === "FAILED", { what: "the job to finish", timeoutMs: 60_000 });
    expect(job.status).toBe("COMPLETED");
    await worker.waitForOutput(new RegExp(`"jobId":"${jobId}".*"msg":"finalized: COMPLETED"`));

    // Web: the request's lines name the request, the user and (once created) the job.
    const web = jsonLines(readFileSync(webLog, "utf8")).filter((line) => line.requestId === requestId);
    expect(web.map((line) => line.msg)).toEqual(["generation requested", "generation enqueued", "request"]);
    for (const line of web) expect(line).toMatchObject({ proc: "web", userId: registrarId, jobId });
    expect(web[2]).toMatchObject({ method: "POST", route: "/api/jobs", status: 201 });

    // Worker: every line of the job names it and the user; per variant, from start to saved.
    const lines = jsonLines(worker.output()).filter((line) => line.jobId === jobId);
    for (const line of lines) expect(line).toMatchObject({ proc: "worker", userId: registrarId });
    for (const variant of job.variants) {
      const own = lines.filter((line) => line.variant === variant.index);
      const messages = own.map((line) => line.msg);
      expect(messages[0]).toBe("variant started");
      expect(messages.filter((m) => m === "solver progress").length).toBeGreaterThanOrEqual(3);
      expect(own.find((line) => line.msg === "solver finished")).toMatchObject({ hard: 0, movesPerSecond: expect.any(Number) });
      expect(own.find((line) => line.msg === "variant saved")).toMatchObject({ timetableId: variant.timetableId });
      expect(messages.at(-1)).toBe("variant completed");
    }
    // The solver threads added their runs to the worker's heartbeat row (what /api/metrics reads).
    const heartbeat = await prisma.workerHeartbeat.findUniqueOrThrow({ where: { id: `${hostname()}:${worker.child.pid}` } });
    expect(heartbeat.solverRuns).toBe(2);
    expect(Number(heartbeat.solverMoves)).toBeGreaterThan(0);
    expect(heartbeat.solverSeconds).toBeGreaterThan(4);
    // A steady, low rate: with a line at most every second, a 5 s solve logs its progress < 15 times.
    expect(lines.filter((line) => line.msg === "solver progress" && line.variant === 0).length).toBeLessThan(15);
  });
});
