// Issue 14, "terms own their data": an ITC-2007 instance imported next to the demo university stays
// in its own term. Generating for the demo term afterwards never puts a class in the instance's
// rooms, and the demo term's lists, pickers and counts are exactly what they were before the import.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { countData } from "@/lib/server/data/count-data";
import { listBatches } from "@/lib/server/data/list-batches";
import { listDepartmentOptions } from "@/lib/server/data/list-department-options";
import { listDepartments } from "@/lib/server/data/list-departments";
import { listFaculty } from "@/lib/server/data/list-faculty";
import { listOfferingChoices } from "@/lib/server/data/list-offering-choices";
import { listRoomOptions } from "@/lib/server/data/list-room-options";
import { listRooms } from "@/lib/server/data/list-rooms";
import { listStudents } from "@/lib/server/data/list-students";
import { listSubjects } from "@/lib/server/data/list-subjects";
import { listTermRoomChoices } from "@/lib/server/data/list-term-room-choices";
import { startJob, startVariant } from "@/lib/server/generation/job-lifecycle";
import { runVariant } from "@/lib/server/generation/run-variant";
import { commitCsvImport } from "@/lib/server/import/commit-csv-import";
import { itcCodePrefix, itcDepartmentCode } from "@/lib/server/itc/itc-codes";
import { importCttTerm } from "@/lib/server/itc/import-ctt-term";
import { createUser, uniqueTag } from "@/prisma/seed/factories";
import { DEMO_TERM_NAME } from "@/prisma/seed/structure";
import { deleteImportedInstance } from "./support/imported-instance";

const COMP01 = path.resolve(import.meta.dirname, "../../../shared/bench/itc2007/comp01.ctt");
const instanceName = `Own-term-${uniqueTag()}`;
const cttText = fs.readFileSync(COMP01, "utf8").replace(/^Name:.*$/m, `Name: ${instanceName}`);
const prefix = itcCodePrefix(instanceName);

let demoTermId: string;
let actorId: string;
let jobId: string | undefined;

/** What the registrar's data screens and pickers show for a term, as comparable values. */
async function screensOf(termId: string) {
  const [counts, rooms, faculty, subjects, batches, students, departments, departmentOptions, roomOptions, offeringChoices, termRooms] = await Promise.all([
    countData({ termId }),
    listRooms({ termId }),
    listFaculty({ termId }),
    listSubjects({ termId }),
    listBatches({ termId }),
    listStudents({ termId }),
    listDepartments({ termId }),
    listDepartmentOptions({ termId }),
    listRoomOptions({ termId }),
    listOfferingChoices({ termId }),
    listTermRoomChoices({ termId }),
  ]);
  return {
    // The number of terms grows by the imported one, rightly; every other count is the term's own.
    counts: counts.filter((c) => c.label !== "Terms").map((c) => `${c.label}=${c.count}`),
    totals: { rooms: rooms.total, faculty: faculty.total, subjects: subjects.total, batches: batches.total, students: students.total },
    firstRooms: rooms.rows.map((r) => r.code),
    departments: departments.map((d) => d.code),
    departmentOptions: departmentOptions.map((o) => o.label),
    roomOptions: roomOptions.map((o) => o.label),
    subjectChoices: offeringChoices.subjects.map((o) => o.label),
    facultyChoices: offeringChoices.faculty.length,
    batchChoices: offeringChoices.batches.map((o) => o.label),
    termRoomChoices: termRooms.options.map((o) => o.label),
  };
}

beforeAll(async () => {
  demoTermId = (await prisma.term.findUniqueOrThrow({ where: { name: DEMO_TERM_NAME }, select: { id: true } })).id;
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
});

afterAll(async () => {
  if (jobId) {
    await prisma.timetable.deleteMany({ where: { jobId } });
    await prisma.generationJob.deleteMany({ where: { id: jobId } });
  }
  await deleteImportedInstance(instanceName);
  await prisma.auditLog.deleteMany({ where: { actorId } });
  await prisma.user.deleteMany({ where: { id: actorId } });
  await prisma.$disconnect();
});

describe("a term owns its data", () => {
  it("keeps an imported ITC-2007 instance out of the demo term's rooms, lists, pickers and counts", async () => {
    const before = await screensOf(demoTermId);
    expect(before.totals.rooms).toBeGreaterThan(0);

    const { termId: itcTermId } = await importCttTerm({ cttText, actorId });
    const itcRoomIds = (await prisma.room.findMany({ where: { code: { startsWith: prefix } }, select: { id: true } })).map((r) => r.id);
    expect(itcRoomIds).toHaveLength(6);

    // Everything the import made sits under a department and building of the instance's own.
    const department = await prisma.department.findUniqueOrThrow({ where: { code: itcDepartmentCode(instanceName) }, include: { _count: { select: { rooms: true, subjects: true, batches: true, faculty: true } } } });
    expect(department.termId).toBe(itcTermId);
    expect(department.name).toContain("ITC-2007");
    expect(department._count).toEqual({ rooms: 6, subjects: 30, batches: 14, faculty: 24 });
    expect(await prisma.room.count({ where: { id: { in: itcRoomIds }, building: `ITC-2007 ${instanceName}` } })).toBe(6);
    // No other term lists the instance's rooms.
    expect(await prisma.termRoom.count({ where: { roomId: { in: itcRoomIds }, termId: { not: itcTermId } } })).toBe(0);

    // A room imported by CSV while the instance's term is being worked on joins that term only.
    const csvRoomCode = `${prefix}csv-room`;
    await commitCsvImport({ entity: "rooms", bytes: new TextEncoder().encode(`code,building,capacity,type\n${csvRoomCode},Annex,40,LECTURE\n`), actorId, termId: itcTermId });
    expect(await prisma.termRoom.findMany({ where: { room: { code: csvRoomCode } }, select: { termId: true } })).toEqual([{ termId: itcTermId }]);

    expect(await screensOf(demoTermId)).toEqual(before);
    const itcScreens = await screensOf(itcTermId);
    expect(itcScreens.departments).toContain(itcDepartmentCode(instanceName));
    expect(itcScreens.totals.rooms).toBeGreaterThanOrEqual(7);

    // Generate for the demo term, the way the worker does: one variant, solved and saved.
    const job = await prisma.generationJob.create({
      data: {
        termId: demoTermId,
        departmentIds: [],
        requestedById: actorId,
        config: { variants: 1, secondsPerVariant: 5, profiles: ["Balanced"] },
        variants: { create: [{ index: 0, name: "Balanced", seed: 14, weightProfile: { ...BALANCED_WEIGHTS } }] },
      },
      select: { id: true },
    });
    jobId = job.id;
    // A worker starts the job and its variant through the lifecycle before running it.
    expect(await startJob(job.id)).toBe(true);
    expect(await startVariant({ generationJobId: job.id, variantIndex: 0 })).toBe(true);
    const result = await runVariant({ generationJobId: job.id, variantIndex: 0 });
    expect(result.status).toBe("completed");
    const entries = await prisma.timetableEntry.findMany({ where: { timetableId: result.timetableId }, select: { roomId: true } });
    const demoOfferings = await prisma.offering.aggregate({ where: { termId: demoTermId }, _sum: { meetingsPerWeek: true } });
    expect(entries).toHaveLength(demoOfferings._sum.meetingsPerWeek!);
    const itcRooms = new Set(itcRoomIds);
    expect(entries.filter((e) => itcRooms.has(e.roomId))).toEqual([]);
  });
});
