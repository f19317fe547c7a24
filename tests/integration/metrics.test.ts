/**
 * GET /api/metrics: only for the metrics token or an admin (401/403 otherwise), and it reports what
 * the issue asks for: HTTP latency by route, queue depth, generation jobs, solver runs and moves/s,
 * worker heartbeats (the last two from WorkerHeartbeat rows, which every worker process writes).
 */
import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import { recordSolverRun } from "@/lib/metrics/record-solver-run";
import { closeProducer } from "@/lib/queue/producer";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));
const { GET } = await import("@/app/api/metrics/route");
const { GET: listTerms } = await import("@/app/api/terms/route");

const TOKEN = "metrics-token-for-the-test-0123456789";
const as = (role: SessionUser["role"] | null) => {
  session.current = role ? { id: `metrics-test-${role}`, email: "m@test", name: "M", role, departmentId: null } : null;
};
const scrape = (headers: Record<string, string> = {}) => GET(new Request("http://test/api/metrics", { headers }));
const heartbeatId = `${hostname()}:${process.pid}`;

beforeAll(async () => {
  await prisma.workerHeartbeat.upsert({
    where: { id: heartbeatId },
    create: { id: heartbeatId, hostname: hostname(), pid: process.pid, startedAt: new Date(), lastSeen: new Date() },
    update: { lastSeen: new Date(), solverRuns: 0, solverMoves: 0, solverSeconds: 0 },
  });
});
afterAll(async () => {
  await prisma.workerHeartbeat.deleteMany({ where: { id: heartbeatId } });
  await closeProducer();
});

describe("GET /api/metrics", () => {
  it("answers 401 signed out or with a wrong token, 403 to everyone but admins", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    as(null);
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: "Bearer wrong-token" })).status).toBe(401);
    for (const role of ["REGISTRAR", "HOD", "FACULTY", "STUDENT"] as const) {
      as(role);
      expect((await scrape()).status, role).toBe(403);
    }
    as("ADMIN");
    expect((await scrape()).status).toBe(200);
    // A token that is not configured matches nothing.
    delete process.env.METRICS_TOKEN;
    as(null);
    expect((await scrape({ authorization: `Bearer ${TOKEN}` })).status).toBe(401);
  });

  it("reports HTTP latency by route, queue depth, jobs, solver runs and moves/s, and worker heartbeats", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    as("REGISTRAR");
    expect((await listTerms(new Request("http://test/api/terms"), { params: Promise.resolve({}) })).status).toBe(200);
    // One 2-second solver run at 1,000 moves/s, recorded the way a solver thread records it.
    await recordSolverRun({ iterations: 500, elapsedMs: 2_000, movesPerSecond: 1_000, seed: 1 });

    as(null);
    const response = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/timetabler_http_request_duration_seconds_count\{method="GET",route="\/api\/terms",status="200"\} [1-9]/);
    expect(text).toContain("timetabler_queue_up 1");
    expect(text).toMatch(/timetabler_queue_jobs\{queue="solve-variant",state="waiting"\} \d+/);
    expect(text).toMatch(/timetabler_generation_jobs\{status="\w+"\} \d+|# TYPE timetabler_generation_jobs gauge/);
    expect(text).toContain(`timetabler_solver_runs_total{worker="${heartbeatId}"} 1`);
    expect(text).toContain(`timetabler_solver_moves_total{worker="${heartbeatId}"} 2000`);
    expect(text).toMatch(new RegExp(`timetabler_worker_heartbeat_age_seconds\\{worker="${heartbeatId.replace(/[.]/g, "\\.")}"\\} \\d`));
    expect(text).toMatch(/timetabler_workers_alive [1-9]/);
    expect(text).toMatch(/timetabler_solver_moves_per_second [1-9]/);
    delete process.env.METRICS_TOKEN;
  });
});
