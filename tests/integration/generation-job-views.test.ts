// What the job and review pages read: getGenerationJob (lower-case statuses, progress from the
// variants, blockers, queue availability while queued), listGenerationJobs when Redis is down, and
// getTimetableForReview's display names. Redis is pointed at a closed port so "down" is certain.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { closeProducer } from "@/lib/queue/producer";
import { getGenerationJob } from "@/lib/server/generation/get-generation-job";
import { listGenerationJobs } from "@/lib/server/generation/list-generation-jobs";
import { getTimetableForReview } from "@/lib/server/timetables/get-timetable-for-review";

const tag = randomUUID().slice(0, 8);
const blocker = { kind: "facultyOverloaded", message: "Dr Rao is available 2 periods a week but teaches 6", offeringIds: [], facultyIds: ["f"], groupIds: [], roomIds: [] };
let ids: { termId: string; userId: string; queuedJobId: string; failedJobId: string; timetableId: string; facultyId: string };

beforeAll(async () => {
  process.env.REDIS_URL = "redis://127.0.0.1:1/0";
  const department = await prisma.department.create({ data: { code: `VW-${tag}`, name: "Views" } });
  const user = await prisma.user.create({ data: { email: `views-${tag}@example.test`, name: "Rita Registrar", passwordHash: "x", role: "REGISTRAR" } });
  const facultyUser = await prisma.user.create({
    data: { email: `rao-${tag}@example.test`, name: "Asha Rao", passwordHash: "x", role: "FACULTY", departmentId: department.id },
  });
  const faculty = await prisma.facultyProfile.create({ data: { userId: facultyUser.id, departmentId: department.id, title: "Dr" } });
  const term = await prisma.term.create({
    data: {
      name: `Views term ${tag}`,
      academicYear: "2026-27",
      semester: "Odd",
      firstDay: new Date("2026-07-01"),
      lastDay: new Date("2026-11-30"),
      timezone: "Asia/Kolkata",
      workingDays: [3, 1, 2],
      periods: { create: [{ index: 0, startTime: "09:00", endTime: "10:00" }, { index: 1, startTime: "10:00", endTime: "11:00" }] },
    },
  });
  const room = await prisma.room.create({ data: { code: `LH-${tag}`, building: "Main", capacity: 60 } });
  const batch = await prisma.batch.create({ data: { code: `VW-1A-${tag}`, departmentId: department.id, semesterNumber: 1, size: 40 } });
  const subject = await prisma.subject.create({ data: { code: `VW101-${tag}`, name: "Viewing", departmentId: department.id } });
  const offering = await prisma.offering.create({
    data: { termId: term.id, subjectId: subject.id, facultyId: faculty.id, meetingsPerWeek: 1, batches: { create: [{ batchId: batch.id }] } },
  });

  const variant = (index: number, extra: object = {}) => ({ index, name: index === 0 ? "Balanced" : "Spread-out", seed: index, weightProfile: { ...BALANCED_WEIGHTS }, ...extra });
  const queued = await prisma.generationJob.create({
    data: { termId: term.id, departmentIds: [], requestedById: user.id, config: { variants: 2, secondsPerVariant: 30 }, variants: { create: [variant(0), variant(1)] } },
  });
  const timetable = await prisma.timetable.create({
    data: {
      termId: term.id,
      name: "Balanced",
      score: 12,
      hardViolations: 0,
      breakdown: { minDays: 10, gaps: 2 },
      softUnits: { minDays: 2, gaps: 3 },
      violations: [{ constraint: "gaps", cost: 2, message: "VW-1A has a gap on Mon" }, { constraint: "minDays", cost: 10, message: "VW101 meets on too few days" }],
      entries: { create: [{ offeringId: offering.id, meetingIndex: 0, day: 2, period: 1, length: 1, roomId: room.id, facultyId: faculty.id }] },
    },
  });
  const failed = await prisma.generationJob.create({
    data: {
      termId: term.id,
      departmentIds: [department.id],
      requestedById: user.id,
      status: "FAILED",
      error: blocker.message,
      errorDetails: [blocker, { not: "a blocker" }],
      startedAt: new Date("2026-11-23T08:00:00Z"),
      finishedAt: new Date("2026-11-23T08:01:15Z"),
      config: { variants: 2, secondsPerVariant: 30 },
      variants: { create: [variant(0, { status: "COMPLETED", timetableId: timetable.id, progress: 100 }), variant(1, { status: "RUNNING", progress: 40 })] },
    },
  });
  ids = { termId: term.id, userId: user.id, queuedJobId: queued.id, failedJobId: failed.id, timetableId: timetable.id, facultyId: faculty.id };
});

afterAll(async () => {
  await closeProducer();
  const suffix = { endsWith: tag };
  await prisma.timetable.deleteMany({ where: { term: { name: suffix } } });
  await prisma.term.deleteMany({ where: { name: suffix } });
  await prisma.subject.deleteMany({ where: { code: suffix } });
  await prisma.batch.deleteMany({ where: { code: suffix } });
  await prisma.room.deleteMany({ where: { code: suffix } });
  await prisma.facultyProfile.deleteMany({ where: { department: { code: suffix } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${tag}@example.test` } } });
  await prisma.department.deleteMany({ where: { code: suffix } });
  await prisma.$disconnect();
});

describe("getGenerationJob", () => {
  it("says the queue is unavailable while a job waits and Redis is down", async () => {
    const job = await getGenerationJob({ id: ids.queuedJobId });

    expect(job).toMatchObject({ status: "queued", progress: 0, queueAvailable: false, errorDetails: null, secondsPerVariant: 30 });
    expect(job.variants.map((v) => [v.name, v.status, v.timetableId])).toEqual([
      ["Balanced", "pending", null],
      ["Spread-out", "pending", null],
    ]);
  });

  it("returns the stored blockers, the saved timetable's breakdown, and progress averaged over variants", async () => {
    const job = await getGenerationJob({ id: ids.failedJobId });

    expect(job.status).toBe("failed");
    expect(job).not.toHaveProperty("queueAvailable");
    expect(job.errorDetails).toEqual([blocker]);
    expect(job.progress).toBe(70); // (100 + 40) / 2
    expect(job.variants[0]).toMatchObject({ status: "completed", score: 12, hardViolations: 0, timetableStatus: "draft", breakdown: { minDays: 10, gaps: 2 } });
    // Scored like for like under the first variant's profile, from the amounts in their own units.
    expect(job.comparedUnder).toBe("Balanced");
    expect(job.variants[0]).toMatchObject({ units: { minDays: 2, gaps: 3 }, comparableScore: 2 * BALANCED_WEIGHTS.minDays + 3 * BALANCED_WEIGHTS.gaps });
    expect(job.variants[1]).toMatchObject({ units: null, comparableScore: null });
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(getGenerationJob({ id: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listGenerationJobs", () => {
  it("still lists jobs when Redis is down, with null counts and a message", async () => {
    const { jobs, queue, queueMessage } = await listGenerationJobs({ limit: 500 });

    expect(queue).toBeNull();
    expect(queueMessage).toMatch(/unavailable/);
    const failed = jobs.find((j) => j.id === ids.failedJobId);
    expect(failed).toMatchObject({ status: "failed", termName: `Views term ${tag}`, requestedBy: "Rita Registrar", departmentCount: 1, variantCount: 2, durationSeconds: 75 });
  });
});

describe("getTimetableForReview", () => {
  it("names every entry and orders the week by ISO weekday", async () => {
    const review = await getTimetableForReview({ id: ids.timetableId });

    expect(review.days).toEqual([{ day: 1, label: "Mon" }, { day: 2, label: "Tue" }, { day: 3, label: "Wed" }]);
    expect(review.entries).toEqual([
      expect.objectContaining({ day: 2, period: 1, subjectCode: `VW101-${tag}`, batchCodes: [`VW-1A-${tag}`], facultyName: "Dr Asha Rao", roomCode: `LH-${tag}` }),
    ]);
    expect(review.faculty).toEqual([{ id: ids.facultyId, label: "Dr Asha Rao" }]);
    expect(review.violations.map((v) => v.cost)).toEqual([10, 2]);
  });
});
