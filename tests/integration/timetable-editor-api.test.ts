// The editor's API against the real database: drafts, the editor's data, options, operations
// (move, room, swap, pin, moves, undo, redo), suggestions; every bad input answered 4xx with
// nothing written; a stale version 409; the role matrix of every route. Route handlers are called
// directly with the session mocked (as in timetable-access.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import { evaluate } from "@/lib/solver/evaluate";
import { whenScored } from "@/lib/server/timetables/editor/score-after-edit";
import { loadTimetableModel } from "@/lib/server/timetables/load-timetable-model";
import { writeTimetable, tinyTermWeek } from "./timetable-views-fixture";
import { createEditorFixture, deleteEditorFixture, entryOf, writtenState, type EditorFixture } from "./timetable-editor-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));

const drafts = await import("@/app/api/timetables/[id]/drafts/route");
const editor = await import("@/app/api/timetables/[id]/editor/route");
const options = await import("@/app/api/timetables/[id]/options/route");
const operations = await import("@/app/api/timetables/[id]/operations/route");
const suggestions = await import("@/app/api/timetables/[id]/suggestions/route");
const publish = await import("@/app/api/timetables/[id]/publish/route");

type Route = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
type UserRow = { id: string; email: string; name: string; role: SessionUser["role"]; departmentId: string | null };

let fx: EditorFixture;

function as(user: UserRow | null) {
  session.current = user ? { id: user.id, email: user.email, name: user.name, role: user.role, departmentId: user.departmentId } : null;
}

async function call(route: Route, id: string, { user = fx.users.registrar as UserRow | null, query = "", body }: { user?: UserRow | null; query?: string; body?: unknown } = {}) {
  as(user);
  const init: RequestInit =
    body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) };
  return route(new Request(`http://test/api/timetables/${id}/x${query}`, init), { params: Promise.resolve({ id }) });
}

async function version(id: string): Promise<number> {
  return (await prisma.timetable.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function operate(id: string, operation: unknown, user: UserRow = fx.users.registrar) {
  return call(operations.POST, id, { user, body: { version: await version(id), operation } });
}

/**
 * The stored figures equal a from-scratch evaluate() of the stored entries: at once (the edit's
 * incremental figures), and once evaluate() has scored the version, with its violation list too.
 */
async function expectStoredFiguresCurrent(id: string) {
  const model = await loadTimetableModel({ timetableId: id });
  const scored = evaluate(model.input, model.placements);
  const row = await prisma.timetable.findUniqueOrThrow({ where: { id } });
  expect(row.hardViolations).toBe(scored.hard);
  expect(row.score).toBeCloseTo(scored.soft, 6);
  for (const [constraint, cost] of Object.entries(scored.softBreakdown)) expect((row.breakdown as Record<string, number>)[constraint]).toBeCloseTo(cost, 6);
  await whenScored(id);
  const after = await prisma.timetable.findUniqueOrThrow({ where: { id } });
  expect(after.scoredVersion).toBe(after.version);
  expect(after.hardViolations).toBe(scored.hard);
  expect(after.breakdown).toEqual(scored.softBreakdown);
  // The same violations (their order, and the order of ids in them, follow the order placements are listed in).
  const canonical = (list: unknown) => (list as { constraint: string; message: string; cost: number }[]).map((v) => `${v.constraint}|${v.message}|${v.cost}`).sort();
  expect(canonical(after.violations)).toEqual(canonical(scored.violations));
}

beforeAll(async () => {
  fx = await createEditorFixture();
});

afterAll(async () => {
  if (fx) await whenScored(fx.draft.id);
  if (fx) await deleteEditorFixture(fx);
  await prisma.$disconnect();
});

describe("GET /api/timetables/:id/editor", () => {
  it("gives the grid, rooms, entries and log of a draft", async () => {
    const res = await call(editor.GET, fx.draft.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.timetable).toMatchObject({ id: fx.draft.id, status: "draft", termId: fx.tiny.term.id, baseTimetableId: null });
    expect(body.days.map((d: { day: number }) => d.day)).toEqual([1, 2, 3, 4, 5]);
    expect(body.periods.map((p: { breakAfter: boolean }) => p.breakAfter)).toEqual([false, true, false, true, false, false]);
    expect(body.entries).toHaveLength(tinyTermWeek(fx.tiny).length);
    const lab = body.entries.find((e: { offeringId: string }) => e.offeringId === fx.tiny.offerings.labA.id);
    expect(lab).toMatchObject({ length: 2, day: 2, period: 4, roomId: fx.tiny.rooms.lab.id, pinnedTime: false, pinnedRoom: false });
    expect(lab.subjectCode).toMatch(/^DS102L/);
    expect(body.rooms.some((r: { id: string }) => r.id === fx.tiny.rooms.lab.id)).toBe(true);
    expect(body).toMatchObject({ canUndo: false, canRedo: false, edits: [] });
  });
});

describe("GET /api/timetables/:id/options", () => {
  it("marks the teacher's other class blocked with the reason, an empty cell free, and a lab across a break impossible", async () => {
    const theory = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 0);
    const res = await call(options.GET, fx.draft.id, { query: `?entryId=${theory.id}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.entryId).toBe(theory.id);
    expect(body.cells).toHaveLength(5 * 6);
    const cell = (day: number, period: number) => body.cells.find((c: { day: number; period: number }) => c.day === day && c.period === period);
    const wed = cell(3, 0); // theoryA's meeting 1: same teacher, same batch, same hall
    expect(wed.free).toBe(false);
    expect(wed.reasons.some((r: string) => / teaches DS101-.* then$/.test(r))).toBe(true);
    expect(wed.reasons.some((r: string) => r.includes(`${fx.tiny.batches.a.code} has`))).toBe(true);
    const free = cell(1, 1);
    expect(free).toMatchObject({ free: true, reasons: [] });
    expect(free.rooms[0]).toMatchObject({ free: true });
    expect(typeof free.scoreDelta).toBe("number");

    const lab = await entryOf(fx.draft.id, fx.tiny.offerings.labA.id, 0);
    const labBody = await (await call(options.GET, fx.draft.id, { query: `?entryId=${lab.id}` })).json();
    const acrossBreak = labBody.cells.find((c: { day: number; period: number }) => c.day === 1 && c.period === 1);
    expect(acrossBreak).toMatchObject({ free: false, hardDelta: null, rooms: [] });
    expect(acrossBreak.reasons[0]).toMatch(/span a break/);
    const lastPeriod = labBody.cells.find((c: { day: number; period: number }) => c.day === 1 && c.period === 5);
    expect(lastPeriod.reasons[0]).toMatch(/end of the day/);
  });

  it("answers 400 without entryId and 404 for an entry of another timetable", async () => {
    const missing = await call(options.GET, fx.draft.id);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatch(/entryId/);
    const other = await writeTimetable({ termId: fx.tiny.term.id, meetings: tinyTermWeek(fx.tiny), status: "DRAFT", name: "other" });
    const foreign = await entryOf(other.id, fx.tiny.offerings.theoryA.id, 0);
    const res = await call(options.GET, fx.draft.id, { query: `?entryId=${foreign.id}` });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/entryId/);
    await prisma.timetable.delete({ where: { id: other.id } });
  });
});

describe("POST /api/timetables/:id/operations", () => {
  it("moves a meeting to a free cell in place, stores evaluate()'s figures, bumps the version and logs the edit", async () => {
    const theory = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 0);
    const v = await version(fx.draft.id);
    const res = await operate(fx.draft.id, { type: "move", entryId: theory.id, day: 1, period: 1 });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = await res.json();
    expect(body.version).toBe(v + 1);
    expect(body.entries).toEqual([expect.objectContaining({ id: theory.id, day: 1, period: 1 })]);
    expect(body.edit).toMatchObject({ seq: 1, operation: "move", actorName: fx.users.registrar.name, undone: false });
    expect(body.edit.summary).toMatch(/^Moved DS101-.* from Mon 09:00 in .* to Mon 09:50 in /);
    const moved = await prisma.timetableEntry.findUniqueOrThrow({ where: { id: theory.id } });
    expect(moved).toMatchObject({ day: 1, period: 1 });
    expect(await version(fx.draft.id)).toBe(v + 1);
    await expectStoredFiguresCurrent(fx.draft.id);
  });

  it("refuses a move onto a blocked cell with 422 and the reasons, writing nothing; with force it is done and the violation stays listed", async () => {
    const theory = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 0);
    const before = await writtenState(fx.draft.id);
    const refused = await operate(fx.draft.id, { type: "move", entryId: theory.id, day: 3, period: 0 });
    expect(refused.status).toBe(422);
    const body = await refused.json();
    expect(body.reasons.some((r: string) => / teaches DS101-.* then$/.test(r))).toBe(true);
    expect(await writtenState(fx.draft.id)).toEqual(before);

    const forced = await operate(fx.draft.id, { type: "move", entryId: theory.id, day: 3, period: 0, force: true });
    expect(forced.status).toBe(200);
    expect((await forced.json()).hardViolations).toBeGreaterThan(0);
    const view = await (await call(editor.GET, fx.draft.id)).json();
    const clash = view.timetable.violations.find((v: { constraint: string }) => v.constraint === "facultyClash");
    expect(clash).toMatchObject({ hard: true, cost: 0 });
    expect(clash.entryIds).toContain(theory.id);
    const publishing = await call(publish.POST, fx.draft.id, { body: {} });
    expect(publishing.status).toBe(409);
    // Undo takes it back through the same checks.
    const undone = await operate(fx.draft.id, { type: "undo" });
    expect(undone.status).toBe(200);
    expect((await undone.json()).edit).toMatchObject({ undone: true });
    await expectStoredFiguresCurrent(fx.draft.id);
  });

  it("answers 409 with the current version when the operation was made on an older one, writing nothing", async () => {
    const theory = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 0);
    const current = await version(fx.draft.id);
    const before = await writtenState(fx.draft.id);
    const res = await call(operations.POST, fx.draft.id, { body: { version: current - 1, operation: { type: "pin", entryId: theory.id, time: true, room: false } } });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ currentVersion: current, error: expect.stringMatching(/changed/) });
    expect(await writtenState(fx.draft.id)).toEqual(before);
  });

  it("swaps two meetings, pins one, undoes and redoes, and a new edit discards what could be redone", async () => {
    const a = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 2); // Fri 09:00
    const b = await entryOf(fx.draft.id, fx.tiny.offerings.theoryB.id, 0); // Mon 11:00
    const swapped = await operate(fx.draft.id, { type: "swap", entryId: a.id, otherEntryId: b.id });
    expect(swapped.status, await swapped.clone().text()).toBe(200);
    expect(await prisma.timetableEntry.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ day: b.day, period: b.period });
    expect(await prisma.timetableEntry.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ day: a.day, period: a.period });

    const pinned = await operate(fx.draft.id, { type: "pin", entryId: a.id, time: true, room: true });
    expect(pinned.status).toBe(200);
    expect((await pinned.json()).entries).toEqual([expect.objectContaining({ id: a.id, pinnedTime: true, pinnedRoom: true })]);
    const model = await loadTimetableModel({ timetableId: fx.draft.id });
    expect(model.input.fixed).toContainEqual(expect.objectContaining({ offeringId: a.offeringId, meetingIndex: 2, roomId: a.roomId }));

    expect((await operate(fx.draft.id, { type: "undo" })).status).toBe(200); // unpin
    expect((await prisma.timetableEntry.findUniqueOrThrow({ where: { id: a.id } })).pinnedTime).toBe(false);
    expect((await operate(fx.draft.id, { type: "undo" })).status).toBe(200); // unswap
    expect(await prisma.timetableEntry.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ day: a.day, period: a.period });
    const redone = await operate(fx.draft.id, { type: "redo" });
    expect(redone.status).toBe(200);
    expect(await prisma.timetableEntry.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ day: b.day, period: b.period });
    let view = await (await call(editor.GET, fx.draft.id)).json();
    expect(view).toMatchObject({ canUndo: true, canRedo: true });

    expect((await operate(fx.draft.id, { type: "room", entryId: b.id, roomId: fx.tiny.rooms.lectureHall.id })).status).toBe(200);
    view = await (await call(editor.GET, fx.draft.id)).json();
    expect(view.canRedo).toBe(false);
    expect(view.edits.every((e: { undone: boolean }) => !e.undone)).toBe(true);
    const redo = await operate(fx.draft.id, { type: "redo" });
    expect(redo.status).toBe(409);
    await expectStoredFiguresCurrent(fx.draft.id);
  });

  it("applies a suggestion as one undoable operation with the score change it promised", async () => {
    const theory = await entryOf(fx.draft.id, fx.tiny.offerings.theoryB.id, 1);
    const res = await call(suggestions.GET, fx.draft.id, { query: `?entryId=${theory.id}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(10);
    const [best] = body.suggestions;
    expect(best.summary).toMatch(/^Move /);
    const before = (await prisma.timetable.findUniqueOrThrow({ where: { id: fx.draft.id } })).score;
    const applied = await operate(fx.draft.id, { type: "moves", moves: best.moves });
    expect(applied.status, await applied.clone().text()).toBe(200);
    expect((await applied.json()).score - before).toBeCloseTo(best.scoreDelta, 6);
    expect((await operate(fx.draft.id, { type: "undo" })).status).toBe(200);
  });
});

describe("bad input: 4xx naming what is wrong, nothing written", () => {
  const cases: [string, () => Promise<{ body: unknown; id?: string }>, number, RegExp][] = [
    ["a body that is not JSON", async () => ({ body: "{not json" }), 400, /JSON/],
    ["no version", async () => ({ body: { operation: { type: "undo" } } }), 400, /version/],
    ["an unknown operation", async () => ({ body: { version: await version(fx.draft.id), operation: { type: "teleport" } } }), 400, /operation/],
    ["an unknown field", async () => ({ body: { version: await version(fx.draft.id), operation: { type: "undo", extra: 1 } } }), 400, /extra/],
    ["a day that is no weekday", async () => moveBody("theoryA", { day: 9, period: 0 }), 400, /operation\.day/],
    ["a weekend day the term does not work", async () => moveBody("theoryA", { day: 6, period: 0 }), 400, /day: 6 is not one of the term's working days/],
    ["a period the term does not have", async () => moveBody("theoryA", { day: 1, period: 99 }), 400, /period: 99/],
    ["a lab across a break", async () => moveBody("labA", { day: 1, period: 1 }), 400, /period: .*span a break/],
    ["a lab past the end of the day", async () => moveBody("labA", { day: 1, period: 5 }), 400, /period: .*end of the day/],
    ["an unknown entry", async () => ({ body: { version: await version(fx.draft.id), operation: { type: "move", entryId: "nope", day: 1, period: 0 } } }), 404, /entryId/],
    ["an unknown room", async () => moveBody("theoryA", { day: 1, period: 0, roomId: "nope" }), 404, /roomId/],
    ["a swap with itself", async () => {
      const e = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 0);
      return { body: { version: await version(fx.draft.id), operation: { type: "swap", entryId: e.id, otherEntryId: e.id } } };
    }, 400, /otherEntryId/],
    ["an unknown timetable", async () => ({ id: "no-such-timetable", body: { version: 0, operation: { type: "undo" } } }), 404, /not found/],
  ];

  async function moveBody(offering: "theoryA" | "labA", target: { day: number; period: number; roomId?: string }) {
    const e = await entryOf(fx.draft.id, fx.tiny.offerings[offering].id, 0);
    return { body: { version: await version(fx.draft.id), operation: { type: "move", entryId: e.id, ...target } } };
  }

  for (const [what, make, status, message] of cases) {
    it(`${what} -> ${status}`, async () => {
      const before = await writtenState(fx.draft.id);
      const { body, id } = await make();
      const res = await call(operations.POST, id ?? fx.draft.id, { body });
      expect(res.status, await res.clone().text()).toBe(status);
      expect((await res.json()).error).toMatch(message);
      expect(await writtenState(fx.draft.id)).toEqual(before);
    });
  }

  it("an operation on a published or archived timetable -> 409", async () => {
    for (const status of ["PUBLISHED", "ARCHIVED"] as const) {
      const other = await writeTimetable({ termId: fx.tiny.term.id, meetings: tinyTermWeek(fx.tiny), status: "PUBLISHED", name: status });
      if (status === "ARCHIVED") await prisma.timetable.update({ where: { id: other.id }, data: { status, archivedAt: new Date() } });
      const before = await writtenState(other.id);
      const e = await entryOf(other.id, fx.tiny.offerings.theoryA.id, 0);
      const res = await call(operations.POST, other.id, { body: { version: 0, operation: { type: "pin", entryId: e.id, time: true, room: true } } });
      expect(res.status, status).toBe(409);
      expect((await res.json()).error).toMatch(new RegExp(`is ${status.toLowerCase()}; only a draft can be edited`));
      expect(await writtenState(other.id)).toEqual(before);
    }
  });

  it("an entry of another timetable -> 404, nothing written to either", async () => {
    const other = await writeTimetable({ termId: fx.tiny.term.id, meetings: tinyTermWeek(fx.tiny), status: "DRAFT", name: "other draft" });
    const foreign = await entryOf(other.id, fx.tiny.offerings.theoryA.id, 0);
    const [before, otherBefore] = [await writtenState(fx.draft.id), await writtenState(other.id)];
    const res = await call(operations.POST, fx.draft.id, { body: { version: await version(fx.draft.id), operation: { type: "move", entryId: foreign.id, day: 1, period: 1 } } });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/entryId: no entry/);
    expect(await writtenState(fx.draft.id)).toEqual(before);
    expect(await writtenState(other.id)).toEqual(otherBefore);
    await prisma.timetable.delete({ where: { id: other.id } });
  });
});

describe("POST /api/timetables/:id/drafts", () => {
  it("copies a published timetable (pins included) into a new draft based on it, edits a draft as it is, and refuses an archived one", async () => {
    const published = await writeTimetable({ termId: fx.tiny.term.id, meetings: tinyTermWeek(fx.tiny), status: "PUBLISHED", name: "Autumn" });
    const lab = await entryOf(published.id, fx.tiny.offerings.labA.id, 0);
    await prisma.timetableEntry.update({ where: { id: lab.id }, data: { pinnedRoom: true } });
    const before = await prisma.timetable.count();
    const res = await call(drafts.POST, published.id, { body: {} });
    expect(res.status).toBe(201);
    const { timetableId } = await res.json();
    expect(await prisma.timetable.count()).toBe(before + 1);
    const copy = await prisma.timetable.findUniqueOrThrow({ where: { id: timetableId }, include: { entries: true } });
    expect(copy).toMatchObject({ status: "DRAFT", baseTimetableId: published.id, name: "Autumn (edit)", version: 0 });
    expect(copy.entries).toHaveLength(tinyTermWeek(fx.tiny).length);
    expect(copy.entries.find((e) => e.offeringId === fx.tiny.offerings.labA.id)).toMatchObject({ pinnedRoom: true, pinnedTime: false });

    const again = await call(drafts.POST, timetableId, { body: {} });
    expect(again.status).toBe(200);
    expect((await again.json()).timetableId).toBe(timetableId);

    // Publishing the draft archives its base: the existing publish route.
    expect((await call(publish.POST, timetableId, { body: {} })).status).toBe(200);
    expect((await prisma.timetable.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("ARCHIVED");
    const count = await prisma.timetable.count();
    const archived = await call(drafts.POST, published.id, { body: {} });
    expect(archived.status).toBe(409);
    expect(await prisma.timetable.count()).toBe(count);
    expect((await call(drafts.POST, "no-such-timetable", { body: {} })).status).toBe(404);
  });
});

describe("polling the editor's data", () => {
  it("shows another process's edit (entries changed and version bumped behind this process's back)", async () => {
    await call(editor.GET, fx.draft.id); // open in this process
    const theory = await entryOf(fx.draft.id, fx.tiny.offerings.theoryA.id, 1);
    const combined = await entryOf(fx.draft.id, fx.tiny.offerings.combined.id, 1);
    const free = { day: 5, period: 4 };
    // Nobody is there yet: the same teacher's other class may go there.
    let answer = await (await call(options.GET, fx.draft.id, { query: `?entryId=${combined.id}` })).json();
    expect(answer.cells.find((c: { day: number; period: number }) => c.day === free.day && c.period === free.period).free).toBe(true);
    await prisma.$transaction([
      prisma.timetableEntry.update({ where: { id: theory.id }, data: free }),
      prisma.timetable.update({ where: { id: fx.draft.id }, data: { version: { increment: 1 } } }),
    ]);
    const view = await (await call(editor.GET, fx.draft.id)).json();
    expect(view.entries.find((e: { id: string }) => e.id === theory.id)).toMatchObject(free);
    expect(view.timetable.version).toBe(await version(fx.draft.id));
    answer = await (await call(options.GET, fx.draft.id, { query: `?entryId=${combined.id}` })).json();
    const cell = answer.cells.find((c: { day: number; period: number }) => c.day === free.day && c.period === free.period);
    expect(cell.free).toBe(false);
    expect(cell.reasons.some((r: string) => / teaches DS101-/.test(r))).toBe(true);
    // Put it back through the API, so the rest of the file sees the fixture's week.
    expect((await operate(fx.draft.id, { type: "move", entryId: theory.id, day: theory.day, period: theory.period, roomId: theory.roomId })).status).toBe(200);
    await whenScored(fx.draft.id);
  });

  it("answers 304 to a poll while nothing changed, and the new data after an edit", async () => {
    const first = await call(editor.GET, fx.draft.id);
    const tag = first.headers.get("etag");
    expect(tag).toBeTruthy();
    as(fx.users.registrar);
    const again = await editor.GET(new Request(`http://test/api/timetables/${fx.draft.id}/editor`, { headers: { "if-none-match": tag! } }), { params: Promise.resolve({ id: fx.draft.id }) });
    expect(again.status).toBe(304);
    const entry = await entryOf(fx.draft.id, fx.tiny.offerings.combined.id, 0);
    expect((await operate(fx.draft.id, { type: "pin", entryId: entry.id, time: false, room: false })).status).toBe(200);
    const changed = await editor.GET(new Request(`http://test/api/timetables/${fx.draft.id}/editor`, { headers: { "if-none-match": tag! } }), { params: Promise.resolve({ id: fx.draft.id }) });
    expect(changed.status).toBe(200);
    await whenScored(fx.draft.id);
  });

});

describe("publishing an edited draft", () => {
  it("scores a version that evaluate() has not scored yet (its process stopped first) before publishing it", async () => {
    const clashing = await writeTimetable({ termId: fx.tiny.term.id, meetings: tinyTermWeek(fx.tiny), status: "DRAFT", name: "unscored clash" });
    const second = await entryOf(clashing.id, fx.tiny.offerings.theoryA.id, 1);
    // As an edit leaves it: entries and version written, evaluate() not run yet, stored figures clean.
    await prisma.timetableEntry.update({ where: { id: second.id }, data: { day: 1, period: 0 } });
    await prisma.timetable.update({ where: { id: clashing.id }, data: { version: 1, scoredVersion: 0, hardViolations: 0 } });
    const refused = await call(publish.POST, clashing.id, { body: {} });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatch(/hard violation/);
    expect((await prisma.timetable.findUniqueOrThrow({ where: { id: clashing.id } })).status).toBe("DRAFT");

    const clean = await writeTimetable({ termId: fx.tiny.term.id, meetings: tinyTermWeek(fx.tiny), status: "DRAFT", name: "unscored clean" });
    await prisma.timetable.update({ where: { id: clean.id }, data: { version: 1, scoredVersion: 0 } });
    expect((await call(publish.POST, clean.id, { body: {} })).status).toBe(200);
    const row = await prisma.timetable.findUniqueOrThrow({ where: { id: clean.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", scoredVersion: 1, hardViolations: 0 });
    expect(Array.isArray(row.violations) && row.violations.length).toBeGreaterThan(0);
  });
});

describe("who may use the editor's routes", () => {
  const allowed = ["admin", "registrar"] as const;
  const refused = ["hod", "faculty", "student"] as const;

  async function routesFor(user: UserRow | null) {
    const entry = await entryOf(fx.draft.id, fx.tiny.offerings.combined.id, 0);
    const id = fx.draft.id;
    return {
      drafts: await call(drafts.POST, id, { user, body: {} }),
      editor: await call(editor.GET, id, { user }),
      options: await call(options.GET, id, { user, query: `?entryId=${entry.id}` }),
      suggestions: await call(suggestions.GET, id, { user, query: `?entryId=${entry.id}` }),
      operations: await call(operations.POST, id, { user, body: { version: await version(id), operation: { type: "pin", entryId: entry.id, time: false, room: false } } }),
    };
  }

  it("lets registrars and admins in", async () => {
    for (const role of allowed) {
      const responses = await routesFor(fx.users[role] as UserRow);
      for (const [route, res] of Object.entries(responses)) expect(res.status, `${role} ${route}`).toBe(200);
    }
  });

  it("refuses heads of department, faculty and students (403) and the signed-out (401), writing nothing", async () => {
    const before = await writtenState(fx.draft.id);
    for (const role of refused) {
      const responses = await routesFor(fx.users[role] as UserRow);
      for (const [route, res] of Object.entries(responses)) expect(res.status, `${role} ${route}`).toBe(403);
    }
    const anonymous = await routesFor(null);
    for (const [route, res] of Object.entries(anonymous)) expect(res.status, `signed out ${route}`).toBe(401);
    expect(await writtenState(fx.draft.id)).toEqual(before);
  });
});
