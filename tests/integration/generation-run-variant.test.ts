// runVariant end to end against the real database: a tiny term is solved and saved as a DRAFT
// timetable, a second run saves nothing new (also when two runs race), an abort saves nothing,
// infeasible data is explained, and publishing archives the term's previous timetable.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { InfeasibleDataError } from "@/lib/server/generation/errors";
import { startJob, startVariant } from "@/lib/server/generation/job-lifecycle";
import { runVariant } from "@/lib/server/generation/run-variant";
import type { VariantProgress } from "@/lib/server/generation/variant-progress";
import { publishTimetable } from "@/lib/server/timetables/publish-timetable";
import { scoreUnder } from "@/lib/solver/soft-units";

// Unique codes so the test can share a database with the demo seed and with earlier runs.
const tag = randomUUID().slice(0, 8);
const WORKING_DAYS = [1, 2, 3, 4, 5];
const PERIODS = [
  ["09:00", "10:00"],
  ["10:00", "11:00"],
  ["11:15", "12:15"],
  ["12:15", "13:15"],
  ["14:00", "15:00"],
] as const;

interface Fixture {
  termId: string;
  userId: string;
  departmentIds: string[];
  roomIds: string[];
  subjectIds: string[];
  batchIds: string[];
  offerings: { id: string; meetings: number; length: number; facultyId: string | null }[];
  busyDepartmentId: string;
  busyFacultyId: string;
  /** Another department's offering for CSE-3A, taught by Dr Rao: shares a batch and a teacher with CSE. */
  otherDepartmentId: string;
  otherOfferingId: string;
}

let fx: Fixture;

async function createTinyTerm(): Promise<Fixture> {
  const [cse, busy, other] = await Promise.all([
    prisma.department.create({ data: { code: `CSE-${tag}`, name: "Computer Science" } }),
    prisma.department.create({ data: { code: `BSY-${tag}`, name: "Busy Department" } }),
    prisma.department.create({ data: { code: `OTH-${tag}`, name: "Other Department" } }),
  ]);
  const user = await prisma.user.create({
    data: { email: `registrar-${tag}@example.test`, name: "Test Registrar", passwordHash: "x", role: "REGISTRAR" },
  });
  const makeFaculty = async (name: string, departmentId: string) => {
    const facultyUser = await prisma.user.create({
      data: { email: `${name.toLowerCase()}-${tag}@example.test`, name, passwordHash: "x", role: "FACULTY", departmentId },
    });
    return prisma.facultyProfile.create({ data: { title: "Dr", departmentId, userId: facultyUser.id } });
  };
  const [rao, iyer, overloaded] = await Promise.all([makeFaculty("Rao", cse.id), makeFaculty("Iyer", cse.id), makeFaculty("Overloaded", busy.id)]);
  // Overloaded can teach only Monday periods 0-1 but has three meetings a week: preflight must say so.
  await prisma.facultySlot.createMany({
    data: WORKING_DAYS.flatMap((day) =>
      PERIODS.map((_, period) => ({ facultyId: overloaded.id, day, period, preference: "UNAVAILABLE" as const })),
    ).filter((slot) => !(slot.day === 1 && slot.period < 2)),
  });

  const rooms = await Promise.all([
    prisma.room.create({ data: { code: `LH-${tag}`, building: "Main", capacity: 120, type: "LECTURE" } }),
    prisma.room.create({ data: { code: `LAB-${tag}`, building: "Main", capacity: 60, type: "LAB" } }),
  ]);
  const term = await prisma.term.create({
    data: {
      name: `Test term ${tag}`,
      academicYear: "2026-27",
      semester: "Odd",
      firstDay: new Date("2026-07-01"),
      lastDay: new Date("2026-11-30"),
      timezone: "Asia/Kolkata",
      workingDays: WORKING_DAYS,
      periods: { create: PERIODS.map(([startTime, endTime], index) => ({ index, startTime, endTime })) },
      // A term uses exactly the rooms it lists.
      rooms: { create: rooms.map((room) => ({ roomId: room.id })) },
    },
  });
  const batches = await Promise.all([
    prisma.batch.create({ data: { code: `CSE-3A-${tag}`, departmentId: cse.id, semesterNumber: 3, size: 50 } }),
    prisma.batch.create({ data: { code: `CSE-3B-${tag}`, departmentId: cse.id, semesterNumber: 3, size: 45 } }),
  ]);
  const subject = (code: string, departmentId: string, roomType: "LECTURE" | "LAB" = "LECTURE") =>
    prisma.subject.create({ data: { code: `${code}-${tag}`, name: code, departmentId, roomType } });
  const [ds, os, dsLab, busySubject, otherSubject] = await Promise.all([
    subject("CS301", cse.id),
    subject("CS302", cse.id),
    subject("CS391", cse.id, "LAB"),
    subject("BS101", busy.id),
    subject("OT101", other.id),
  ]);

  const offering = (subjectId: string, facultyId: string, batchIds: string[], meetingsPerWeek: number, meetingLength = 1) =>
    prisma.offering.create({
      data: {
        termId: term.id,
        subjectId,
        facultyId,
        meetingsPerWeek,
        meetingLength,
        minDays: Math.min(meetingsPerWeek, 3),
        batches: { create: batchIds.map((batchId) => ({ batchId })) },
      },
    });
  const created = [
    await offering(ds.id, rao.id, [batches[0].id, batches[1].id], 3),
    await offering(os.id, iyer.id, [batches[0].id], 3),
    await offering(dsLab.id, iyer.id, [batches[1].id], 1, 2),
  ];
  await offering(busySubject.id, overloaded.id, [], 3);
  const otherOffering = await offering(otherSubject.id, rao.id, [batches[0].id], 2);

  return {
    termId: term.id,
    userId: user.id,
    departmentIds: [cse.id, busy.id, other.id],
    roomIds: rooms.map((r) => r.id),
    subjectIds: [ds.id, os.id, dsLab.id, busySubject.id],
    batchIds: batches.map((b) => b.id),
    offerings: created.map((o) => ({ id: o.id, meetings: o.meetingsPerWeek, length: o.meetingLength, facultyId: o.facultyId })),
    busyDepartmentId: busy.id,
    busyFacultyId: overloaded.id,
    otherDepartmentId: other.id,
    otherOfferingId: otherOffering.id,
  };
}

/** A job whose variants a worker has started (runVariant is what runs after startVariant). */
async function createJob(departmentIds: string[], variantNames: string[]) {
  const job = await prisma.generationJob.create({
    data: {
      termId: fx.termId,
      departmentIds,
      requestedById: fx.userId,
      config: { variants: variantNames.length, secondsPerVariant: 1, profiles: variantNames },
      variants: {
        create: variantNames.map((name, index) => ({ index, name, seed: 1000 + index, weightProfile: { ...BALANCED_WEIGHTS } })),
      },
    },
    select: { id: true },
  });
  await startJob(job.id);
  for (const variantIndex of variantNames.keys()) await startVariant({ generationJobId: job.id, variantIndex });
  return job;
}

const timetablesOf = (jobId: string) => prisma.timetable.findMany({ where: { jobId }, include: { entries: true } });

beforeAll(async () => {
  fx = await createTinyTerm();
});

afterAll(async () => {
  // Everything is found by the run's tag, so a fixture that failed half-way is cleaned up too.
  // Entries restrict offering deletion, so timetables go first; the term cascades to the rest of its data.
  const suffix = { endsWith: tag };
  await prisma.timetable.deleteMany({ where: { term: { name: suffix } } });
  await prisma.term.deleteMany({ where: { name: suffix } });
  await prisma.subject.deleteMany({ where: { code: suffix } });
  await prisma.batch.deleteMany({ where: { code: suffix } });
  await prisma.facultyProfile.deleteMany({ where: { department: { code: suffix } } });
  await prisma.auditLog.deleteMany({ where: { actor: { email: { endsWith: `-${tag}@example.test` } } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${tag}@example.test` } } });
  await prisma.room.deleteMany({ where: { code: suffix } });
  await prisma.department.deleteMany({ where: { code: suffix } });
  await prisma.$disconnect();
});

describe("runVariant", () => {
  it("solves the term and saves one DRAFT timetable with every meeting, then does nothing on a second run", async () => {
    const job = await createJob([fx.departmentIds[0]], ["Balanced"]);
    const progress: VariantProgress[] = [];

    const first = await runVariant({ generationJobId: job.id, variantIndex: 0, onProgress: (p) => progress.push(p) });

    expect(first.status).toBe("completed");
    const [timetable, ...others] = await timetablesOf(job.id);
    expect(others).toHaveLength(0);
    expect(timetable).toMatchObject({ id: first.timetableId, status: "DRAFT", hardViolations: 0, termId: fx.termId });
    // Named after its profile and its job, so drafts of different jobs never share a name.
    expect(timetable.name).toMatch(new RegExp(`^Balanced · \\d{1,2} \\w{3} \\d{2}:\\d{2} · job ${job.id.slice(-4)}$`));
    expect(Object.keys(timetable.breakdown as object)).toContain("minDays");
    expect(Array.isArray(timetable.violations)).toBe(true);
    // The soft amounts kept for comparing variants give back the variant's own score under its own weights.
    expect(Object.keys(timetable.softUnits as object).sort()).toEqual(Object.keys(BALANCED_WEIGHTS).sort());
    expect(scoreUnder(timetable.softUnits as Record<string, number>, BALANCED_WEIGHTS)).toBe(timetable.score);

    // Every meeting of every in-scope offering, on a working ISO weekday, inside the day, with its faculty.
    const expectedMeetings = fx.offerings.reduce((sum, o) => sum + o.meetings, 0);
    expect(timetable.entries).toHaveLength(expectedMeetings);
    for (const entry of timetable.entries) {
      const offering = fx.offerings.find((o) => o.id === entry.offeringId)!;
      expect(WORKING_DAYS).toContain(entry.day);
      expect(entry.length).toBe(offering.length);
      expect(entry.period + entry.length).toBeLessThanOrEqual(PERIODS.length);
      expect(entry.facultyId).toBe(offering.facultyId);
    }
    // The 2-period lab may not straddle the 10:00-11:15 tea break or the lunch break.
    const lab = timetable.entries.find((e) => e.length === 2)!;
    expect([0, 2]).toContain(lab.period);

    const variant = await prisma.generationVariant.findUniqueOrThrow({ where: { jobId_index: { jobId: job.id, index: 0 } } });
    expect(variant).toMatchObject({ status: "COMPLETED", timetableId: timetable.id, progress: 100, bestScore: timetable.score });
    expect(progress[0].stage).toBe("loading data");
    expect(progress.map((p) => p.stage)).toContain("saving");
    expect(progress.every((p) => p.percent >= 0 && p.percent <= 100)).toBe(true);

    const second = await runVariant({ generationJobId: job.id, variantIndex: 0 });
    expect(second).toEqual({ status: "completed", timetableId: timetable.id });
    const after = await timetablesOf(job.id);
    expect(after).toHaveLength(1);
    expect(after[0].entries).toHaveLength(expectedMeetings);
  });

  it("saves one timetable when two deliveries of the same variant run at once", async () => {
    const job = await createJob([fx.departmentIds[0]], ["Student-compact"]);

    const results = await Promise.all([0, 1].map(() => runVariant({ generationJobId: job.id, variantIndex: 0 })));

    expect(results.map((r) => r.status)).toEqual(["completed", "completed"]);
    expect(results[0].timetableId).toBe(results[1].timetableId);
    expect(await prisma.timetable.count({ where: { jobId: job.id } })).toBe(1);
  });

  it("saves nothing when aborted", async () => {
    const job = await createJob([fx.departmentIds[0]], ["Balanced"]);
    const controller = new AbortController();

    const result = await runVariant({
      generationJobId: job.id,
      variantIndex: 0,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === "constructing" || p.stage === "optimising") controller.abort();
      },
    });

    expect(result.status).toBe("cancelled");
    expect(await prisma.timetable.count({ where: { jobId: job.id } })).toBe(0);
    const variant = await prisma.generationVariant.findUniqueOrThrow({ where: { jobId_index: { jobId: job.id, index: 0 } } });
    expect(variant.timetableId).toBeNull();
  });

  it("explains infeasible data, and only looks at the departments in scope", async () => {
    const job = await createJob([fx.busyDepartmentId], ["Balanced"]);

    const error = await runVariant({ generationJobId: job.id, variantIndex: 0 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InfeasibleDataError);
    const blockers = (error as InfeasibleDataError).blockers;
    expect(blockers.length).toBeGreaterThan(0);
    expect(blockers.some((b) => b.facultyIds.includes(fx.busyFacultyId) && b.message.includes("Dr Overloaded"))).toBe(true);
    // The CSE offerings were out of scope, so nothing else is blamed.
    expect(blockers.flatMap((b) => b.offeringIds).every((id) => !fx.offerings.some((o) => o.id === id))).toBe(true);
    expect(await prisma.timetable.count({ where: { jobId: job.id } })).toBe(0);
  });
});

describe("publishTimetable", () => {
  it("archives the term's published timetable and publishes the draft; refuses to publish it twice", async () => {
    const job = await createJob([fx.departmentIds[0]], ["Balanced", "Faculty-friendly"]);
    const first = await runVariant({ generationJobId: job.id, variantIndex: 0 });
    const second = await runVariant({ generationJobId: job.id, variantIndex: 1 });

    await publishTimetable({ timetableId: first.timetableId!, publishedById: fx.userId });
    const published = await publishTimetable({ timetableId: second.timetableId!, publishedById: fx.userId });

    expect(published.archivedIds).toEqual([first.timetableId]);
    const [old, current] = await Promise.all([
      prisma.timetable.findUniqueOrThrow({ where: { id: first.timetableId! } }),
      prisma.timetable.findUniqueOrThrow({ where: { id: second.timetableId! } }),
    ]);
    expect(old.status).toBe("ARCHIVED");
    expect(old.archivedAt).not.toBeNull();
    expect(current).toMatchObject({ status: "PUBLISHED", publishedById: fx.userId });
    expect(await prisma.timetable.count({ where: { termId: fx.termId, status: "PUBLISHED" } })).toBe(1);

    const again = await publishTimetable({ timetableId: second.timetableId!, publishedById: fx.userId }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).code).toBe("CONFLICT");
    expect((again as AppError).message).toMatch(/already published/);
  });

  it("refuses a timetable with hard violations", async () => {
    const broken = await prisma.timetable.create({
      data: { termId: fx.termId, name: "Broken", score: 0, hardViolations: 2, breakdown: {}, violations: [] },
    });

    const error = await publishTimetable({ timetableId: broken.id, publishedById: fx.userId }).catch((e: unknown) => e);

    expect((error as AppError).code).toBe("CONFLICT");
    expect((error as AppError).message).toMatch(/2 hard violations/);
    expect((await prisma.timetable.findUniqueOrThrow({ where: { id: broken.id } })).status).toBe("DRAFT");
  });
});

describe("a department-scoped run", () => {
  it("keeps the other departments' published meetings where they are and schedules around them", async () => {
    const cse = fx.departmentIds[0];
    const baselineJob = await createJob([cse, fx.otherDepartmentId], ["Balanced"]);
    const baseline = await runVariant({ generationJobId: baselineJob.id, variantIndex: 0 });
    await publishTimetable({ timetableId: baseline.timetableId!, publishedById: fx.userId });
    const otherMeetings = { offeringId: fx.otherOfferingId };
    const meetingFields = { select: { meetingIndex: true, day: true, period: true, roomId: true }, orderBy: { meetingIndex: "asc" } } as const;
    const published = await prisma.timetableEntry.findMany({ where: { timetableId: baseline.timetableId!, ...otherMeetings }, ...meetingFields });
    expect(published).toHaveLength(2);

    const scopedJob = await createJob([cse], ["Student-compact"]);
    const scoped = await runVariant({ generationJobId: scopedJob.id, variantIndex: 0 });

    const timetable = await prisma.timetable.findUniqueOrThrow({ where: { id: scoped.timetableId! }, include: { entries: true } });
    // No clash with the kept meetings: same batch (CSE-3A) and same teacher (Dr Rao).
    expect(timetable.hardViolations).toBe(0);
    expect(await prisma.timetableEntry.findMany({ where: { timetableId: timetable.id, ...otherMeetings }, ...meetingFields })).toEqual(published);
    const cseMeetings = fx.offerings.reduce((sum, o) => sum + o.meetings, 0);
    expect(timetable.entries).toHaveLength(cseMeetings + published.length);
  });
});
