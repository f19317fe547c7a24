// Issue 14, "term calendar": the demo term's non-teaching days (seeded: single days and ranges) are
// listed by GET /api/terms, and the demo student's .ics, expanded by a real calendar parser
// (node-ical), has no class on any of them and exactly the week's classes on every other teaching day.
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { addDays, isoWeekday } from "@/lib/dates/iso-date";
import { prisma } from "@/lib/db";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { wallClockAt } from "@/lib/formats/ical/zoned-wall-time";
import { saveNonTeachingDay } from "@/lib/server/data/save-non-teaching-day";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { timetableEntryRows } from "@/lib/server/generation/timetable-entry-rows";
import { commitCsvImport } from "@/lib/server/import/commit-csv-import";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { solve } from "@/lib/solver/solve";
import { ZNonTeachingDayInputSchema } from "@/lib/validation/non-teaching-day";
import { DEMO_TERM_NAME } from "@/prisma/seed/structure";

const session: { current: SessionUser | null } = { current: null };
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));

const { GET: getTerms } = await import("@/app/api/terms/route");
const { GET: getTimetable } = await import("@/app/api/timetable/route");
const { GET: getTimetableIcs } = await import("@/app/api/timetable.ics/route");

const noParams = { params: Promise.resolve({}) };
type UserRow = { id: string; email: string; name: string; role: SessionUser["role"]; departmentId: string | null };
const userSelect = { id: true, email: true, name: true, role: true, departmentId: true } as const;

let term: { id: string; firstDay: string; lastDay: string; timezone: string; workingDays: number[] };
let student: UserRow;
let registrar: UserRow;
let timetableId: string;

async function call(route: (req: Request, ctx: typeof noParams) => Promise<Response>, path: string, user: UserRow, query: Record<string, string> = {}) {
  session.current = user;
  const res = await route(new Request(`http://test${path}?${new URLSearchParams(query)}`), noParams);
  expect(res.status, await res.clone().text()).toBe(200);
  return res;
}

beforeAll(async () => {
  const row = await prisma.term.findUniqueOrThrow({ where: { name: DEMO_TERM_NAME } });
  term = { id: row.id, firstDay: row.firstDay.toISOString().slice(0, 10), lastDay: row.lastDay.toISOString().slice(0, 10), timezone: row.timezone, workingDays: row.workingDays };
  student = await prisma.user.findUniqueOrThrow({ where: { email: "student@demo.edu" }, select: userSelect });
  registrar = await prisma.user.findUniqueOrThrow({ where: { email: "registrar@demo.edu" }, select: userSelect });

  // A published timetable for the demo term (the seed publishes none): a short solve is enough here.
  const built = await buildSolverInput({ termId: term.id, departmentIds: [], weights: BALANCED_WEIGHTS });
  const result = await solve(built.input, { timeLimitMs: 2_000, seed: 14 });
  const timetable = await prisma.timetable.create({
    data: {
      termId: term.id,
      name: "Term calendar test",
      status: "PUBLISHED",
      publishedAt: new Date(),
      score: result.soft,
      hardViolations: result.hard,
      breakdown: {},
      violations: [],
      entries: { create: timetableEntryRows(result.placements, built.grid, built.facultyIdByOffering) },
    },
    select: { id: true },
  });
  timetableId = timetable.id;
});

afterAll(async () => {
  if (timetableId) await prisma.timetable.delete({ where: { id: timetableId } });
  await prisma.nonTeachingDay.deleteMany({ where: { termId: term.id, label: { startsWith: "Test " } } });
  await prisma.$disconnect();
});

describe("a term's non-teaching days", () => {
  it("are listed by GET /api/terms one date at a time, with their labels (the seed has single days and a range)", async () => {
    const { terms } = (await (await call(getTerms, "/api/terms", registrar)).json()) as { terms: { id: string; nonTeachingDays: { date: string; label: string }[] }[] };
    const days = terms.find((t) => t.id === term.id)!.nonTeachingDays;
    expect(new Set(days.map((d) => d.label)).size).toBeGreaterThanOrEqual(3);
    expect(days).toContainEqual({ date: "2026-10-02", label: "Gandhi Jayanti" });
    expect(days.filter((d) => d.label === "Mid-term exams").map((d) => d.date)).toEqual(["2026-09-21", "2026-09-22", "2026-09-23", "2026-09-24", "2026-09-25", "2026-09-26"]);
  });

  it("are left out of the demo student's .ics, which has every other teaching day's classes", async () => {
    const query = { scope: "me", termId: term.id };
    const view = (await (await call(getTimetable, "/api/timetable", student, query)).json()) as TimetableView;
    const closed = new Set(view.term.nonTeachingDays.map((d) => d.date));
    expect(closed.size).toBeGreaterThanOrEqual(10);
    const classesOnWeekday = new Map<number, number>();
    for (const row of view.rows) classesOnWeekday.set(row.day, (classesOnWeekday.get(row.day) ?? 0) + 1);
    expect(view.rows.length).toBeGreaterThan(10);

    const ics = await (await call(getTimetableIcs, "/api/timetable.ics", student, query)).text();
    const events = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
    expect(events).toHaveLength(view.rows.length);
    const perDate = new Map<string, number>();
    for (const event of events) {
      for (const instance of ical.expandRecurringEvent(event, { from: new Date(`${term.firstDay}T00:00:00Z`), to: new Date(`${addDays(term.lastDay, 2)}T00:00:00Z`) })) {
        const w = wallClockAt(instance.start, term.timezone);
        const date = `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
        perDate.set(date, (perDate.get(date) ?? 0) + 1);
      }
    }
    let teachingDays = 0;
    for (let date = term.firstDay; date <= term.lastDay; date = addDays(date, 1)) {
      const expected = closed.has(date) ? 0 : (classesOnWeekday.get(isoWeekday(date)) ?? 0);
      expect(perDate.get(date) ?? 0, date).toBe(expected);
      if (!closed.has(date) && term.workingDays.includes(isoWeekday(date))) teachingDays++;
    }
    expect(teachingDays).toBeGreaterThan(80);
    // Nothing outside the term.
    expect([...perDate.keys()].every((d) => d >= term.firstDay && d <= term.lastDay)).toBe(true);
  });

  it("are added on the term's page within its dates only, and imported by CSV (re-import updates the label)", async () => {
    const outside = await saveNonTeachingDay({ input: ZNonTeachingDayInputSchema.parse({ termId: term.id, firstDay: "2027-01-26", label: "Test Republic Day" }), actorId: registrar.id }).catch((e: unknown) => e);
    expect((outside as { details: unknown }).details).toEqual([{ path: "firstDay", message: `must be within the term (${term.firstDay} to ${term.lastDay})` }]);
    expect(ZNonTeachingDayInputSchema.safeParse({ termId: term.id, firstDay: "2026-10-10", lastDay: "2026-10-09", label: "x" }).success).toBe(false);

    const csv = (label: string) => new TextEncoder().encode(`term,first_day,last_day,label\n${DEMO_TERM_NAME},2026-10-19,2026-10-20,${label}\n${DEMO_TERM_NAME},2026-10-31,,Test Halloween\n`);
    expect(await commitCsvImport({ entity: "non-teaching-days", bytes: csv("Test Dussehra"), actorId: registrar.id })).toEqual({ created: 2, updated: 0 });
    expect(await commitCsvImport({ entity: "non-teaching-days", bytes: csv("Test Vijayadashami"), actorId: registrar.id })).toEqual({ created: 0, updated: 2 });
    const { terms } = (await (await call(getTerms, "/api/terms", registrar)).json()) as { terms: { id: string; nonTeachingDays: { date: string; label: string }[] }[] };
    const days = terms.find((t) => t.id === term.id)!.nonTeachingDays;
    expect(days.filter((d) => d.label.startsWith("Test "))).toEqual([
      { date: "2026-10-19", label: "Test Vijayadashami" },
      { date: "2026-10-20", label: "Test Vijayadashami" },
      { date: "2026-10-31", label: "Test Halloween" },
    ]);
  });
});
