// Repair jobs end to end: real PostgreSQL, Redis and worker processes. After each kind of term
// change the repair's draft has no hard violation, is based on the timetable, keeps pins and moves
// little; a worker killed mid-repair is recovered and the repair completes once; a cancelled repair
// leaves nothing; the repaired timetable itself is never changed.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { cancelGenerationJob } from "@/lib/server/generation/cancel-generation-job";
import { createRepairJob } from "@/lib/server/generation/create-repair-job";
import { checkTimetable } from "@/lib/server/timetables/check-timetable";
import { jobState, useQueueOf } from "./support/generation-fixtures";
import { publishedTinyTerm } from "./support/published-timetable";
import { applyScenario, type ScenarioName } from "./support/repair-scenarios";
import { waitFor } from "./support/wait-for";
import type { WorkerProcess } from "./support/worker-process";
import { useWorkerTestHarness } from "./support/worker-test-harness";

const harness = useWorkerTestHarness();
let worker: WorkerProcess | undefined;
const jobIds: string[] = [];

afterAll(async () => {
  for (const id of jobIds) await cancelGenerationJob({ generationJobId: id }).catch(() => undefined);
});

const entriesOf = (timetableId: string) =>
  prisma.timetableEntry.findMany({ where: { timetableId }, orderBy: [{ offeringId: "asc" }, { meetingIndex: "asc" }], select: { offeringId: true, meetingIndex: true, day: true, period: true, roomId: true, pinnedTime: true } });

const SCENARIOS: ScenarioName[] = ["faculty-day-off", "room-closed", "new-offerings", "batch-outgrows-room", "pin-new-time"];

describe("repair jobs", () => {
  it.each(SCENARIOS)("repair after %s: a valid draft based on the timetable, which itself is untouched", async (scenario) => {
    const env = useQueueOf(harness.redis.url);
    worker ??= harness.startWorker(env);
    await worker.waitForOutput(/started: prefix/);
    const fx = await publishedTinyTerm();
    const repairedId = await applyScenario(scenario, fx);
    const before = await entriesOf(repairedId);
    const check = await checkTimetable({ timetableId: repairedId });
    if (scenario !== "batch-outgrows-room") expect(check.valid).toBe(false);

    const { jobId } = await createRepairJob({ timetableId: repairedId, secondsLimit: 2, keep: "time-and-room", requestedById: fx.registrar.id });
    jobIds.push(jobId);
    const job = await waitFor(() => jobState(jobId), (j) => j.status !== "QUEUED" && j.status !== "RUNNING", { what: "the repair to finish", timeoutMs: 60_000 });
    expect(job.status, job.error ?? "").toBe("COMPLETED");
    expect(job.kind).toBe("REPAIR");
    expect(job.timetables).toHaveLength(1);
    // Logged and counted like a generated variant's solver run.
    await worker.waitForOutput(new RegExp(`"jobId":"${jobId}".*"msg":"solver finished"`));
    const draft = await prisma.timetable.findUniqueOrThrow({ where: { id: job.timetables[0].id } });
    expect(draft).toMatchObject({ status: "DRAFT", baseTimetableId: repairedId, hardViolations: 0 });
    expect((await checkTimetable({ timetableId: draft.id })).valid).toBe(true);
    expect(await entriesOf(repairedId)).toEqual(before);

    const after = await entriesOf(draft.id);
    const at = new Map(after.map((e) => [`${e.offeringId}#${e.meetingIndex}`, e]));
    const moved = before.filter((e) => {
      const now = at.get(`${e.offeringId}#${e.meetingIndex}`);
      return now && (now.day !== e.day || now.period !== e.period);
    });
    // The tiny term has 11 meetings: a repair moves a few at most, never the whole week.
    expect(moved.length).toBeLessThanOrEqual(4);
    if (scenario === "pin-new-time") {
      const pinned = before.find((e) => e.pinnedTime)!;
      expect(at.get(`${pinned.offeringId}#${pinned.meetingIndex}`)).toMatchObject({ day: pinned.day, period: pinned.period, pinnedTime: true });
    }
    if (scenario === "batch-outgrows-room") expect(draft.score).toBeLessThan(check.score);
  });

  it("a worker killed mid-repair: another worker finishes the repair, exactly once", async () => {
    const env = useQueueOf(harness.redis.url, { WORKER_LOCK_DURATION_MS: "2000", WORKER_STALLED_INTERVAL_MS: "1000" });
    const fx = await publishedTinyTerm();
    const repairedId = await applyScenario("faculty-day-off", fx);
    const killed = harness.startWorker(env);
    await killed.waitForOutput(/started: prefix/);
    const { jobId } = await createRepairJob({ timetableId: repairedId, secondsLimit: 4, keep: "time", requestedById: fx.registrar.id });
    jobIds.push(jobId);
    await waitFor(() => jobState(jobId), (j) => j.variants[0]?.stage === "optimising" || j.variants[0]?.stage === "constructing", { what: "the repair to be solving", timeoutMs: 40_000 });
    killed.child.kill("SIGKILL");
    await killed.exited;
    expect((await jobState(jobId)).timetables).toHaveLength(0);

    const rescuer = harness.startWorker(env);
    const job = await waitFor(() => jobState(jobId), (j) => j.status !== "RUNNING" && j.status !== "QUEUED", { what: "the repair to finish", timeoutMs: 60_000 });
    await rescuer.waitForOutput(/stalled/);
    expect(job.status).toBe("COMPLETED");
    expect(job.timetables).toHaveLength(1);
    expect(await prisma.timetable.count({ where: { baseTimetableId: repairedId } })).toBe(1);
  });

  it("a cancelled repair leaves nothing behind", async () => {
    const env = useQueueOf(harness.redis.url);
    const fx = await publishedTinyTerm();
    const repairedId = await applyScenario("new-offerings", fx);
    const w = harness.startWorker(env);
    await w.waitForOutput(/started: prefix/);
    const { jobId } = await createRepairJob({ timetableId: repairedId, secondsLimit: 60, keep: "time-and-room", requestedById: fx.registrar.id });
    jobIds.push(jobId);
    await waitFor(() => jobState(jobId), (j) => j.variants[0]?.stage === "optimising", { what: "the repair to be optimising", timeoutMs: 40_000 });
    await cancelGenerationJob({ generationJobId: jobId });
    const job = await waitFor(() => jobState(jobId), (j) => j.status === "CANCELLED", { what: "the repair to be cancelled", timeoutMs: 20_000 });
    expect(job.variants[0].status).toBe("CANCELLED");
    expect(job.timetables).toHaveLength(0);
    expect(await prisma.timetable.count({ where: { baseTimetableId: repairedId } })).toBe(0);
  });
});
