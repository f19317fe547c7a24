// CSV import of fixed slots against the real database: each pin is checked like the fixed-slot
// form (meeting number, working day, a period starting at the time, the meeting fitting the day,
// the room's type), errors are named per row and column with nothing written, and a re-import
// moves numbered meetings instead of pinning them twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { commitCsvImport } from "@/lib/server/import/commit-csv-import";
import { previewCsvImport } from "@/lib/server/import/preview-csv-import";
import { createTinyTerm, createUser, type TinyTerm } from "@/prisma/seed/factories";

const HEADER = "term,subject_code,batch_codes,meeting,day,start_time,room_code";
const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);
let tiny: TinyTerm;
let actorId: string;
let codes: { theory: string; lab: string };

beforeAll(async () => {
  tiny = await prisma.$transaction((tx) => createTinyTerm(tx));
  actorId = (await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }))).id;
  const code = async (subjectId: string) => (await prisma.subject.findUniqueOrThrow({ where: { id: subjectId } })).code;
  codes = { theory: await code(tiny.offerings.theoryA.subjectId), lab: await code(tiny.offerings.labA.subjectId) };
});

afterAll(() => prisma.$disconnect());

const pinsOfTerm = () =>
  prisma.fixedSlot.findMany({
    where: { termId: tiny.term.id },
    select: { offeringId: true, meetingIndex: true, day: true, period: true, roomId: true },
    orderBy: [{ offeringId: "asc" }, { day: "asc" }, { period: "asc" }],
  });

describe("fixed slots CSV", () => {
  it("names every pin that does not fit, and writes nothing", async () => {
    const term = tiny.term.name;
    const { lectureHall } = tiny.rooms;
    const file = bytes([
      HEADER,
      `${term},${codes.theory},,4,Mon,09:00,`,
      `${term},${codes.theory},,1,Sat,09:00,`,
      `${term},${codes.theory},,2,Tue,10:00,`,
      `${term},${codes.lab},,1,Fri,14:30,`,
      `${term},${codes.lab},,,Mon,09:00,${lectureHall.code}`,
      `${term},${codes.theory},,3,Funday,09:00,`,
      `${term},${codes.theory},,3,Wed,09:00,NOPE-ROOM`,
    ]);
    const expected = [
      { row: 2, column: "meeting", message: `${codes.theory} meets 3 time(s) a week (1-3)` },
      { row: 3, column: "day", message: `Sat is not a working day of ${term} (Mon, Tue, Wed, Thu, Fri)` },
      { row: 4, column: "start_time", message: `no period of ${term} starts at 10:00; periods start at 09:00, 09:50, 11:00, 11:50, 13:40, 14:30` },
      { row: 5, column: "start_time", message: "a 2-period meeting starting at 14:30 would run past the term's last period" },
      { row: 6, column: "room_code", message: `${lectureHall.code} is a LECTURE room; ${codes.lab} needs a LAB room` },
      { row: 7, column: "day", message: "must be a weekday: Mon, Tue, ... or 1-7" },
      { row: 8, column: "room_code", message: 'unknown room code "NOPE-ROOM"' },
    ];
    expect((await previewCsvImport({ entity: "fixed-slots", bytes: file })).errors).toEqual(expected);
    const error = await commitCsvImport({ entity: "fixed-slots", bytes: file, actorId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual(expected);
    expect(await pinsOfTerm()).toEqual([]);
  });

  it("pins the meetings, re-imports without duplicates, and moves a numbered meeting", async () => {
    const term = tiny.term.name;
    const { lectureHall, lab } = tiny.rooms;
    const rows = [`${term},${codes.theory},,1,Mon,09:00,${lectureHall.code}`, `${term},${codes.theory},,,wednesday,11:00,`, `${term},${codes.lab},${tiny.batches.a.code},1,2,13:40,${lab.code}`];
    expect(await commitCsvImport({ entity: "fixed-slots", bytes: bytes([HEADER, ...rows]), actorId })).toEqual({ created: 3, updated: 0 });
    const { theoryA, labA } = tiny.offerings;
    type Pin = { offeringId: string; meetingIndex: number | null; day: number; period: number; roomId: string | null };
    const pinned: Pin[] = [
      { offeringId: theoryA.id, meetingIndex: 0, day: 1, period: 0, roomId: lectureHall.id },
      { offeringId: theoryA.id, meetingIndex: null, day: 3, period: 2, roomId: null },
      { offeringId: labA.id, meetingIndex: 0, day: 2, period: 4, roomId: lab.id },
    ];
    const sorted = (pins: Pin[]) => [...pins].sort((a, b) => `${a.offeringId}${a.day}`.localeCompare(`${b.offeringId}${b.day}`));
    expect(sorted(await pinsOfTerm())).toEqual(sorted(pinned));

    expect(await commitCsvImport({ entity: "fixed-slots", bytes: bytes([HEADER, ...rows]), actorId })).toEqual({ created: 0, updated: 3 });
    expect(await pinsOfTerm()).toHaveLength(3);

    expect(await commitCsvImport({ entity: "fixed-slots", bytes: bytes([HEADER, `${term},${codes.theory},,1,Thu,09:50,`]), actorId })).toEqual({ created: 0, updated: 1 });
    const moved = await prisma.fixedSlot.findFirstOrThrow({ where: { offeringId: theoryA.id, meetingIndex: 0 } });
    expect(moved).toMatchObject({ day: 4, period: 1, roomId: null });
    expect(await pinsOfTerm()).toHaveLength(3);
  });
});
