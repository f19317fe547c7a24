// ITC-2007 round trip through the database: comp01.ctt is imported as a term, generation's own
// build-solver-input turns it into a SolverInput, the solver runs ~5 s, the placements are saved as
// a PUBLISHED timetable, and the .sol export is checked by the independent UD2 validator: hard = 0.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { ITC2007_WEIGHTS } from "@/lib/domain/weight-profiles";
import { parseCtt } from "@/lib/formats/itc2007/parse-ctt";
import { parseSolution } from "@/lib/formats/itc2007/solution-format";
import { validateUd2 } from "@/lib/formats/itc2007/validate-ud2";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { exportTimetableSol } from "@/lib/server/itc/export-timetable-sol";
import { itcCodePrefix } from "@/lib/server/itc/itc-codes";
import { importCttTerm } from "@/lib/server/itc/import-ctt-term";
import { solve } from "@/lib/solver/solve";
import { createUser, uniqueTag } from "@/prisma/seed/factories";
import { deleteImportedInstance } from "./support/imported-instance";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const COMP01 = path.resolve(repoRoot, "../shared/bench/itc2007/comp01.ctt");
// A unique instance name per run: the test database keeps earlier runs' terms and codes.
const instanceName = `Fis0506-1-${uniqueTag()}`;
const cttText = fs.readFileSync(COMP01, "utf8").replace(/^Name:.*$/m, `Name: ${instanceName}`);
const instance = parseCtt(cttText);
const prefix = itcCodePrefix(instanceName);
let actorId: string;
let termId: string;

beforeAll(async () => {
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
});

afterAll(async () => {
  // Remove what the import made, so repeated runs do not grow the shared test database.
  await deleteImportedInstance(instanceName);
  await prisma.$disconnect();
});

describe("ITC-2007 import and export", () => {
  it("imports comp01 as a term with its courses, curricula, teachers, rooms and unavailability", async () => {
    ({ termId } = await importCttTerm({ cttText, actorId }));
    const term = await prisma.term.findUniqueOrThrow({
      where: { id: termId },
      include: { periods: { orderBy: { index: "asc" } }, weightProfile: true, _count: { select: { offerings: true } } },
    });
    expect(term.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(term.periods.map((p) => p.startTime)).toEqual(["08:00", "09:00", "10:00", "11:00", "12:00", "13:00"]);
    expect(term.weightProfile?.name).toBe("ITC-2007");
    expect(term._count.offerings).toBe(30);

    const c0001 = await prisma.offering.findFirstOrThrow({ where: { termId, subject: { code: `${prefix}c0001` } }, include: { faculty: { include: { user: true } } } });
    expect(c0001).toMatchObject({ meetingsPerWeek: 6, minDays: 4, expectedSize: 130, meetingLength: 1 });
    expect(c0001.faculty?.user).toMatchObject({ name: "t000", role: "FACULTY" });
    expect(await prisma.room.count({ where: { code: { startsWith: prefix }, type: "LECTURE" } })).toBe(6);
    expect(await prisma.termRoom.count({ where: { termId } })).toBe(6);
    expect(await prisma.batch.count({ where: { code: { startsWith: prefix } } })).toBe(14);
    expect(await prisma.offeringUnavailability.count({ where: { offering: { termId } } })).toBe(53);
  });

  it("refuses to import the same instance twice and writes nothing the second time", async () => {
    const subjects = await prisma.subject.count();
    const error = await importCttTerm({ cttText, actorId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect(await prisma.subject.count()).toBe(subjects);
  });

  it("solves it, saves a published timetable and exports a .sol the UD2 validator accepts with hard = 0", async () => {
    // The normal generation path: the term lists its rooms, so the database's other rooms stay out.
    const built = await buildSolverInput({ termId, departmentIds: [], weights: ITC2007_WEIGHTS });
    const { input } = built;
    expect(input.offerings).toHaveLength(30);
    expect(input.rooms.map((r) => r.name).sort()).toEqual(instance.rooms.map((r) => `${prefix}${r.id}`).sort());

    const result = await solve(input, { timeLimitMs: 5_000, seed: 7 });
    expect(result.hard).toBe(0);

    const timetable = await prisma.timetable.create({
      data: {
        termId,
        name: "ITC round trip",
        status: "PUBLISHED",
        publishedAt: new Date(),
        score: result.soft,
        hardViolations: result.hard,
        breakdown: result.softBreakdown,
        violations: [],
        entries: {
          create: result.placements.map((p) => ({
            offeringId: p.offeringId,
            meetingIndex: p.meetingIndex,
            day: built.grid.isoDay(p.day),
            period: built.grid.periodIndex(p.period),
            length: p.length,
            roomId: p.roomId,
            facultyId: built.facultyIdByOffering.get(p.offeringId) ?? null,
          })),
        },
      },
    });

    const { text, fileName } = await exportTimetableSol({ timetableId: timetable.id });
    expect(fileName).toBe(`${instanceName}.sol`);
    const lines = parseSolution(text);
    expect(lines).toHaveLength(instance.courses.reduce((sum, c) => sum + c.lectures, 0));
    expect(lines[0].courseId).toMatch(/^c\d{4}$/);
    const verdict = validateUd2(instance, lines);
    expect(verdict.warnings).toEqual([]);
    expect(verdict.hard).toBe(0);
    // The solver's own soft cost and the independent validator's must agree on the saved data.
    expect(verdict.soft).toBe(result.soft);
  });
});
