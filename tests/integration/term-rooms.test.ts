// TermRoom: a term that lists rooms is solved with only those rooms; a term that lists none with
// every room in the database (the demo university's terms share all of its rooms).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { createRoom, createTinyTerm, type TinyTerm } from "@/prisma/seed/factories";

let listed: TinyTerm;
let unlisted: TinyTerm;
let extraRoomId: string;

beforeAll(async () => {
  [listed, unlisted] = await prisma.$transaction(async (tx) => [await createTinyTerm(tx), await createTinyTerm(tx)]);
  // A room the listed term does not list: present in the database, so a missing filter would show it.
  extraRoomId = (await createRoom(prisma)).id;
  const { lectureHall, lab } = listed.rooms;
  await prisma.termRoom.createMany({ data: [lectureHall, lab].map((room) => ({ termId: listed.term.id, roomId: room.id })) });
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

  it("gives a term that lists no rooms every room, including rooms another term lists", async () => {
    const { input } = await buildSolverInput({ termId: unlisted.term.id, departmentIds: [], weights: BALANCED_WEIGHTS });
    const ids = new Set(input.rooms.map((r) => r.id));
    expect(ids.size).toBe(await prisma.room.count());
    for (const id of [extraRoomId, listed.rooms.lectureHall.id, unlisted.rooms.lab.id]) expect(ids.has(id)).toBe(true);
  });

  it("drops a deleted room from the term's list (cascade), leaving the rest listed", async () => {
    const spare = await createRoom(prisma);
    await prisma.termRoom.create({ data: { termId: listed.term.id, roomId: spare.id } });
    await prisma.room.delete({ where: { id: spare.id } });
    expect(await prisma.termRoom.count({ where: { termId: listed.term.id } })).toBe(2);
  });
});
