// CSV import against the real database: a file with one bad row writes nothing at all, the fixed
// file writes every row, and importing the same file again updates instead of duplicating.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { commitCsvImport } from "@/lib/server/import/commit-csv-import";
import { previewCsvImport } from "@/lib/server/import/preview-csv-import";
import { createTinyTerm, createUser, uniqueTag, type TinyTerm } from "@/prisma/seed/factories";

const tag = uniqueTag();
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);
let tiny: TinyTerm;
let actorId: string;

beforeAll(async () => {
  tiny = await prisma.$transaction((tx) => createTinyTerm(tx));
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("rooms", () => {
  const header = "code,building,capacity,type,department_code";
  // A function: tiny is created in beforeAll, after describe() bodies have run.
  const goodRows = () => [`A-${tag}`, `B-${tag}`, `C-${tag}`].map((code, i) => `${code},North,${30 + i},LECTURE,${tiny.department.code}`);
  const roomsOfTag = () => prisma.room.findMany({ where: { code: { endsWith: tag } }, select: { code: true, capacity: true, departmentId: true }, orderBy: { code: "asc" } });

  it("writes nothing when one row is bad, and says which row, column and why", async () => {
    const bad = bytes([header, ...goodRows().slice(0, 2), `D-${tag},North,forty,LECTURE,NOPE-${tag}`]);
    const preview = await previewCsvImport({ entity: "rooms", bytes: bad });
    expect(preview.errors).toEqual([
      { row: 4, column: "capacity", message: "must be a number" },
    ]);
    const auditsBefore = await prisma.auditLog.count({ where: { actorId } });
    const error = await rejection(commitCsvImport({ entity: "rooms", bytes: bad, actorId }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.details).toEqual([{ row: 4, column: "capacity", message: "must be a number" }]);
    expect(await roomsOfTag()).toEqual([]);
    expect(await prisma.auditLog.count({ where: { actorId } })).toBe(auditsBefore);
  });

  it("reports an unknown department only once the cells are valid, and still writes nothing", async () => {
    const bad = bytes([header, ...goodRows(), `D-${tag},North,40,LECTURE,NOPE-${tag}`]);
    const error = await rejection(commitCsvImport({ entity: "rooms", bytes: bad, actorId }));
    expect(error.details).toEqual([{ row: 5, column: "department_code", message: `unknown department code "NOPE-${tag}"` }]);
    expect(await roomsOfTag()).toEqual([]);
  });

  it("imports the fixed file, then re-importing it updates the same rows", async () => {
    const file = bytes([header, ...goodRows()]);
    expect(await commitCsvImport({ entity: "rooms", bytes: file, actorId })).toEqual({ created: 3, updated: 0 });
    const first = await roomsOfTag();
    expect(first.map((r) => [r.code, r.capacity, r.departmentId])).toEqual([
      [`A-${tag}`, 30, tiny.department.id],
      [`B-${tag}`, 31, tiny.department.id],
      [`C-${tag}`, 32, tiny.department.id],
    ]);
    expect(await commitCsvImport({ entity: "rooms", bytes: file, actorId })).toEqual({ created: 0, updated: 3 });
    expect(await roomsOfTag()).toEqual(first);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { actorId, action: "import" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toMatchObject({ created: 0, updated: 3, keys: [`A-${tag}`, `B-${tag}`, `C-${tag}`] });
  });
});

describe("faculty and offerings", () => {
  it("imports faculty by email, refusing an email that does not exist for an offering until it does", async () => {
    const email = `prof-${tag.toLowerCase()}@example.test`;
    const subject = await prisma.subject.findUniqueOrThrow({ where: { id: tiny.offerings.theoryA.subjectId } });
    const offeringFile = bytes([
      "term,subject_code,batch_codes,faculty_email,meetings_per_week,min_days",
      `${tiny.term.name},${subject.code},${tiny.batches.b.code};${tiny.batches.a.code},${email},2,2`,
    ]);
    const missing = await rejection(commitCsvImport({ entity: "offerings", bytes: offeringFile, actorId }));
    expect(missing.details).toEqual([{ row: 2, column: "faculty_email", message: `no faculty member has this email "${email}"` }]);

    const facultyFile = bytes(["email,name,title,department_code,max_periods_per_day", `${email.toUpperCase()},Prof Test,Dr,${tiny.department.code},3`]);
    expect(await commitCsvImport({ entity: "faculty", bytes: facultyFile, actorId })).toEqual({ created: 1, updated: 0 });
    expect(await commitCsvImport({ entity: "faculty", bytes: facultyFile, actorId })).toEqual({ created: 0, updated: 1 });
    const profile = await prisma.facultyProfile.findFirstOrThrow({ where: { user: { email } }, include: { user: true } });
    expect(profile).toMatchObject({ maxPeriodsPerDay: 3, maxPeriodsPerWeek: 18, title: "Dr", user: { role: "FACULTY", name: "Prof Test" } });

    const offeringsBefore = await prisma.offering.count({ where: { termId: tiny.term.id } });
    expect(await commitCsvImport({ entity: "offerings", bytes: offeringFile, actorId })).toEqual({ created: 1, updated: 0 });
    expect(await commitCsvImport({ entity: "offerings", bytes: offeringFile, actorId })).toEqual({ created: 0, updated: 1 });
    expect(await prisma.offering.count({ where: { termId: tiny.term.id } })).toBe(offeringsBefore + 1);
    const created = await prisma.offering.findFirstOrThrow({ where: { termId: tiny.term.id, facultyId: profile.id }, include: { batches: true } });
    expect(created.batches.map((b) => b.batchId).sort()).toEqual([tiny.batches.a.id, tiny.batches.b.id].sort());
  });

  it("refuses to import a student's email as faculty", async () => {
    const student = await prisma.user.findFirstOrThrow({ where: { student: { batchId: tiny.batches.a.id } } });
    const error = await rejection(commitCsvImport({ entity: "faculty", bytes: bytes(["email,name,department_code", `${student.email},Someone,${tiny.department.code}`]), actorId }));
    expect(error.details).toEqual([{ row: 2, column: "email", message: `${student.email} belongs to a STUDENT user` }]);
  });
});
