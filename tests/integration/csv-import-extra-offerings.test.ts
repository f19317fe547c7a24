// CSV import of students' extra offerings against the real database: each row's offering is found
// by term and subject (and batches, when the subject is offered more than once that term); a row
// that names no offering, an ambiguous one, or one the student's own batch takes is reported with
// its row and column and nothing is written; the import adds pairs and a re-import changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { commitCsvImport } from "@/lib/server/import/commit-csv-import";
import { previewCsvImport } from "@/lib/server/import/preview-csv-import";
import { createTinyTerm, createUser, type TinyTerm } from "@/prisma/seed/factories";

const HEADER = "student_email,term,subject_code,batch_codes";
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);
let tiny: TinyTerm;
let actorId: string;
let codes: { ds: string; os: string; ma: string };

beforeAll(async () => {
  tiny = await prisma.$transaction((tx) => createTinyTerm(tx));
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
  // A second offering of batch A's Data Structures, for batch B: the subject is now offered twice.
  await prisma.offering.create({
    data: { termId: tiny.term.id, subjectId: tiny.offerings.theoryA.subjectId, meetingsPerWeek: 3, batches: { create: [{ batchId: tiny.batches.b.id }] } },
  });
  const code = async (subjectId: string) => (await prisma.subject.findUniqueOrThrow({ where: { id: subjectId } })).code;
  codes = { ds: await code(tiny.offerings.theoryA.subjectId), os: await code(tiny.offerings.theoryB.subjectId), ma: await code(tiny.offerings.combined.subjectId) };
});

afterAll(() => prisma.$disconnect());

/** Every (student email, subject code, batch codes of the offering) pair of this term's students. */
async function extrasOfTerm() {
  const rows = await prisma.studentExtraOffering.findMany({
    where: { offering: { termId: tiny.term.id } },
    select: { student: { select: { user: { select: { email: true } } } }, offering: { select: { subject: { select: { code: true } }, batches: { select: { batch: { select: { code: true } } } } } } },
  });
  return rows.map((r) => `${r.student.user.email} ${r.offering.subject.code} ${r.offering.batches.map((b) => b.batch.code).join(";")}`).sort();
}

describe("extra offerings CSV", () => {
  it("names every row it cannot place, and writes nothing", async () => {
    const [a1, a2, a3, b1] = tiny.students.map((s) => s.user.email);
    const term = tiny.term.name;
    const file = bytes([
      HEADER,
      `${a2},${term},${codes.os},`,
      `${b1},${term},${codes.ds},`,
      `${a3},${term},${codes.ma},`,
      `ghost@example.test,${term},${codes.os},`,
      `${a2},${term},${codes.ds},${tiny.batches.a.code};${tiny.batches.b.code}`,
      `${a1},Some other term,${codes.os},`,
    ]);
    const before = await extrasOfTerm();
    const preview = await previewCsvImport({ entity: "extra-offerings", bytes: file });
    const offeredTo = `${tiny.batches.a.code} | ${tiny.batches.b.code}`;
    const expected = [
      { row: 3, column: "batch_codes", message: `${codes.ds} is offered 2 times in ${term} (to ${offeredTo}): name the offering's batches` },
      { row: 4, column: "student_email", message: `${a3}'s batch ${tiny.batches.a.code} already takes this offering` },
      { row: 5, column: "student_email", message: 'no student has this email "ghost@example.test"' },
      { row: 6, column: "batch_codes", message: `no offering of ${codes.ds} in ${term} is for exactly these batches; it is offered to ${offeredTo}` },
      { row: 7, column: "term", message: 'unknown term "Some other term"' },
    ];
    expect(preview.errors).toEqual(expected);

    const error = await commitCsvImport({ entity: "extra-offerings", bytes: file, actorId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual(expected);
    expect(await extrasOfTerm()).toEqual(before);
  });

  it("adds the pairs, keeps the ones already there, and a re-import changes nothing", async () => {
    const [a1, a2, , b1] = tiny.students.map((s) => s.user.email);
    const term = tiny.term.name;
    const file = bytes([
      HEADER,
      `${a2.toUpperCase()},${term},${codes.os},`,
      `${b1},${term},${codes.ds},${tiny.batches.a.code}`,
      // Already recorded by the tiny term: counted as updated, not added twice.
      `${a1},${term},${codes.os},`,
    ]);
    expect(await commitCsvImport({ entity: "extra-offerings", bytes: file, actorId })).toEqual({ created: 2, updated: 1 });
    const after = await extrasOfTerm();
    expect(after).toEqual(
      [`${a1} ${codes.os} ${tiny.batches.b.code}`, `${a2} ${codes.os} ${tiny.batches.b.code}`, `${b1} ${codes.ds} ${tiny.batches.a.code}`].sort(),
    );
    expect(await commitCsvImport({ entity: "extra-offerings", bytes: file, actorId })).toEqual({ created: 0, updated: 3 });
    expect(await extrasOfTerm()).toEqual(after);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { actorId, action: "import" }, orderBy: { createdAt: "desc" } });
    expect(audit.entity).toBe("Students' extra offerings");
  });
});
