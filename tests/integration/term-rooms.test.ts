// TermRoom: a term is solved with exactly the rooms it lists; a term that lists none has no rooms
// (before issue 14 it got every room in the database, imported benchmark rooms included).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { saveTerm } from "@/lib/server/data/save-term";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { ZTermInputSchema } from "@/lib/validation/term";
import { createRoom, createTinyTerm, createUser, type TinyTerm } from "@/prisma/seed/factories";

let listed: TinyTerm;
let unlisted: TinyTerm;
let extraRoomId: string;
let actorId: string;

beforeAll(async () => {
  [listed, unlisted] = await prisma.$transaction(async (tx) => [await createTinyTerm(tx), await createTinyTerm(tx)]);
  // A room the listed term does not list: present in the database, so a missing filter would show it.
  extraRoomId = (await createRoom(prisma)).id;
  actorId = (await createUser(prisma, { role: "REGISTRAR" })).id;
  // createTinyTerm lists its own two rooms; `unlisted` starts with none.
  await prisma.termRoom.deleteMany({ where: { termId: unlisted.term.id } });
});

afterAll(async () => {
  // Terms cascade to their offerings and TermRoom rows; rooms cascade to their TermRoom rows.
  const terms = [listed, unlisted];
  await prisma.term.deleteMany({ where: { id: { in: terms.map((t) => t.term.id) } } });
  await prisma.room.deleteMany({ where: { id: { in: [extraRoomId, ...terms.flatMap((t) => [t.rooms.lectureHall.id, t.rooms.lab.id])] } } });
  await prisma.$disconnect();
});

describe("the rooms a term may use", () => {
  it("gives a term that lists rooms only those rooms, also in a department-scoped run", async () => {
    const expected = [listed.rooms.lectureHall.id, listed.rooms.lab.id].sort();
    const whole = await buildSolverInput({ termId: listed.term.id, departmentIds: [], weights: BALANCED_WEIGHTS });
    expect(whole.input.rooms.map((r) => r.id).sort()).toEqual(expected);
    const scoped = await buildSolverInput({ termId: listed.term.id, departmentIds: [listed.department.id], weights: BALANCED_WEIGHTS });
    expect(scoped.input.rooms.map((r) => r.id).sort()).toEqual(expected);
  });

  it("gives a term that lists no rooms no rooms at all, never another term's", async () => {
    const { input } = await buildSolverInput({ termId: unlisted.term.id, departmentIds: [], weights: BALANCED_WEIGHTS });
    expect(input.rooms).toEqual([]);
  });

  it("drops a deleted room from the term's list (cascade), leaving the rest listed", async () => {
    const spare = await createRoom(prisma);
    await prisma.termRoom.create({ data: { termId: listed.term.id, roomId: spare.id } });
    await prisma.room.delete({ where: { id: spare.id } });
    expect(await prisma.termRoom.count({ where: { termId: listed.term.id } })).toBe(2);
  });
});

describe("saving a term's room list", () => {
  const listedIds = async (termId: string) => (await prisma.termRoom.findMany({ where: { termId }, select: { roomId: true } })).map((r) => r.roomId).sort();
  /** The term form's input for `unlisted`, as the form would send it. */
  async function formInput(extra: Record<string, unknown>) {
    const term = await prisma.term.findUniqueOrThrow({ where: { id: unlisted.term.id }, include: { periods: { orderBy: { index: "asc" } } } });
    return ZTermInputSchema.parse({
      id: term.id,
      name: term.name,
      academicYear: term.academicYear,
      semester: term.semester,
      firstDay: term.firstDay.toISOString().slice(0, 10),
      lastDay: term.lastDay.toISOString().slice(0, 10),
      timezone: term.timezone,
      workingDays: term.workingDays.map(String),
      periods: term.periods.map((p) => `${p.startTime}-${p.endTime}`).join("\n"),
      ...extra,
    });
  }

  it("replaces the list when given one and keeps it when the field is left out", async () => {
    const { lectureHall, lab } = unlisted.rooms;
    await saveTerm({ input: await formInput({ roomIds: [lab.id, lectureHall.id, lab.id] }), actorId });
    expect(await listedIds(unlisted.term.id)).toEqual([lab.id, lectureHall.id].sort());
    await saveTerm({ input: await formInput({}), actorId });
    expect(await listedIds(unlisted.term.id)).toEqual([lab.id, lectureHall.id].sort());
    await saveTerm({ input: await formInput({ roomIds: [lectureHall.id] }), actorId });
    expect(await listedIds(unlisted.term.id)).toEqual([lectureHall.id]);
  });

  it("refuses to drop a room a pinned meeting uses, and an unknown room; an empty list means no rooms", async () => {
    const { lectureHall } = unlisted.rooms;
    await prisma.fixedSlot.create({ data: { termId: unlisted.term.id, offeringId: unlisted.offerings.theoryB.id, meetingIndex: 0, day: 1, period: 0, roomId: lectureHall.id } });
    const error = await saveTerm({ input: await formInput({ roomIds: [extraRoomId] }), actorId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([{ path: "roomIds", message: `a pinned meeting of this term uses room ${lectureHall.code}; keep it or change that pin first` }]);
    const unknown = await saveTerm({ input: await formInput({ roomIds: [lectureHall.id, "no-such-room"] }), actorId }).catch((e: unknown) => e);
    expect((unknown as AppError).details).toEqual([{ path: "roomIds", message: "a chosen room no longer exists; reload the page" }]);
    expect(await listedIds(unlisted.term.id)).toEqual([lectureHall.id]);

    await prisma.fixedSlot.deleteMany({ where: { termId: unlisted.term.id } });
    await saveTerm({ input: await formInput({ roomIds: [] }), actorId });
    expect(await listedIds(unlisted.term.id)).toEqual([]);
    const { input } = await buildSolverInput({ termId: unlisted.term.id, departmentIds: [], weights: BALANCED_WEIGHTS });
    expect(input.rooms).toEqual([]);
  });
});
