// Who sees which timetable, against the real database: every view route x every role (plus signed
// out), what each personal view contains, drafts, bad parameters, and calendar feed tokens.
// Route handlers are called directly with the session mocked; the HTTP-level matrix through a
// running server is the Playwright suite's job.
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import { MAX_ACTIVE_CALENDAR_TOKENS } from "@/lib/server/calendar/create-calendar-token";
import { resolveCalendarToken } from "@/lib/server/calendar/resolve-calendar-token";
import type { TimetableView } from "@/lib/domain/timetable-view";
import type { ScheduleChanges } from "@/lib/domain/timetable-view";
import { createTimetableViewsFixture, deleteTimetableViewsFixture, tinyTermWeek, writeTimetable, type TimetableViewsFixture } from "./timetable-views-fixture";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));

const { GET: getTimetable } = await import("@/app/api/timetable/route");
const { GET: getTimetableIcs } = await import("@/app/api/timetable.ics/route");
const { GET: getTimetableCsv } = await import("@/app/api/timetable.csv/route");
const { GET: getChanges } = await import("@/app/api/timetable/changes/route");
const tokenRoute = await import("@/app/api/calendar/token/route");
const { GET: getFeed } = await import("@/app/api/calendar/[token]/route");

const noParams = { params: Promise.resolve({}) };
type Route = (req: Request, ctx: typeof noParams) => Promise<Response>;
const VIEW_ROUTES: Record<string, Route> = {
  "/api/timetable": getTimetable,
  "/api/timetable.ics": getTimetableIcs,
  "/api/timetable.csv": getTimetableCsv,
  "/api/timetable/changes": getChanges,
};

let fx: TimetableViewsFixture;

type UserRow = { id: string; email: string; name: string; role: SessionUser["role"]; departmentId: string | null };
function as(user: UserRow | null) {
  session.current = user ? { id: user.id, email: user.email, name: user.name, role: user.role, departmentId: user.departmentId } : null;
}

async function call(route: Route, path: string, query: Record<string, string>, user: UserRow | null) {
  as(user);
  return route(new Request(`http://test${path}?${new URLSearchParams(query)}`), noParams);
}

async function view(query: Record<string, string>, user: UserRow): Promise<TimetableView> {
  const res = await call(getTimetable, "/api/timetable", query, user);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

async function feed(token: string, headers: Record<string, string> = {}) {
  as(null);
  return getFeed(new Request(`http://test/api/calendar/${token}.ics`, { headers }), { params: Promise.resolve({ token: `${token}.ics` }) });
}

async function createFeedToken(user: UserRow): Promise<string> {
  as(user);
  const res = await tokenRoute.POST(new Request("http://test/api/calendar/token", { method: "POST" }), noParams);
  expect(res.status).toBe(201);
  const { url } = (await res.json()) as { url: string };
  return url.match(/\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/)![1];
}

function feedUids(ics: string): string[] {
  return Object.values(ical.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === "VEVENT")
    .map((e) => e.uid)
    .sort();
}

beforeAll(async () => {
  fx = await createTimetableViewsFixture();
});

afterAll(async () => {
  if (fx) await deleteTimetableViewsFixture(fx);
  await prisma.$disconnect();
});

describe("view access matrix", () => {
  type Expectation = 200 | 401 | 403 | 404;

  function targets() {
    const { a, b } = fx;
    return {
      me: { scope: "me", termId: a.term.id },
      "department A": { scope: "department", id: a.department.id, termId: a.term.id },
      "batch A": { scope: "batch", id: a.batches.a.id, termId: a.term.id },
      "batch A-1B": { scope: "batch", id: a.batches.b.id, termId: a.term.id },
      "faculty A0": { scope: "faculty", id: a.faculty[0].profile.id, termId: a.term.id },
      "faculty A1": { scope: "faculty", id: a.faculty[1].profile.id, termId: a.term.id },
      "room A lab": { scope: "room", id: a.rooms.lab.id, termId: a.term.id },
      "room A hall": { scope: "room", id: a.rooms.lectureHall.id, termId: a.term.id },
      "department B": { scope: "department", id: b.department.id, termId: b.term.id },
      "batch B": { scope: "batch", id: b.batches.a.id, termId: b.term.id },
      "faculty B0": { scope: "faculty", id: b.faculty[0].profile.id, termId: b.term.id },
      "room B hall": { scope: "room", id: b.rooms.lectureHall.id, termId: b.term.id },
      "unknown batch": { scope: "batch", id: "no-such-batch", termId: a.term.id },
      "unknown room": { scope: "room", id: "no-such-room", termId: a.term.id },
    } satisfies Record<string, Record<string, string>>;
  }

  // Columns in the order of targets() above.
  const EXPECTED: Record<string, Expectation[]> = {
    //              me   dA   bA   bA1B fA0  fA1  labA hallA dB   bB   fB0  hallB unkB unkR
    admin:       [404, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
    registrar:   [404, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404, 404],
    hodA:        [404, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403, 404, 404],
    facultyA0:   [200, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403, 404, 404],
    studentA0:   [200, 403, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404],
    signedOut:   [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401],
  };

  function viewer(name: string): UserRow | null {
    switch (name) {
      case "admin":
        return fx.users.admin;
      case "registrar":
        return fx.users.registrar;
      case "hodA":
        return fx.users.hodA;
      case "facultyA0":
        return fx.a.faculty[0].user;
      case "studentA0":
        return fx.a.students[0].user;
      default:
        return null;
    }
  }

  for (const [path, route] of Object.entries(VIEW_ROUTES)) {
    it.each(Object.keys(EXPECTED))(`${path} answers %s as expected for every target`, async (viewerName) => {
      const names = Object.keys(targets());
      const actual: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [i, name] of names.entries()) {
        const res = await call(route, path, (targets() as Record<string, Record<string, string>>)[name], viewer(viewerName));
        actual[name] = res.status;
        expected[name] = EXPECTED[viewerName][i];
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe("what each personal view contains", () => {
  it("gives a student their batch's classes plus their extra offering, and nothing else", async () => {
    const { a } = fx;
    const result = await view({ scope: "me", termId: a.term.id }, a.students[0].user);
    const codes = result.rows.map((r) => r.subjectCode.split("-")[0]);
    expect(codes.sort()).toEqual(["DS101", "DS101", "DS101", "DS102L", "MA101", "MA101", "OS101", "OS101", "OS101"]);
    const lab = result.rows.find((r) => r.subjectCode.startsWith("DS102L"))!;
    expect(lab).toMatchObject({ day: 2, dayName: "Tuesday", startTime: "13:40", endTime: "15:20", roomCode: a.rooms.lab.code });
    expect(lab.batchCodes).toEqual([a.batches.a.code]);
  });

  it("gives a batch-B student only batch B's classes", async () => {
    const { a } = fx;
    const batchBStudent = a.students.find((s) => s.profile.batchId === a.batches.b.id)!;
    const result = await view({ scope: "me", termId: a.term.id }, batchBStudent.user);
    expect(result.rows.map((r) => r.subjectCode.split("-")[0]).sort()).toEqual(["MA101", "MA101", "OS101", "OS101", "OS101"]);
  });

  it("gives faculty exactly the meetings they teach", async () => {
    const { a } = fx;
    const result = await view({ scope: "me", termId: a.term.id }, a.faculty[0].user);
    expect(result.rows).toHaveLength(5); // DS101 x3 and the combined MA101 x2
    expect(new Set(result.rows.map((r) => r.facultyName))).toEqual(new Set([`Dr ${a.faculty[0].user.name}`]));
  });

  it("serves the most recent term with a published timetable when no termId is given", async () => {
    const result = await view({ scope: "me" }, fx.a.faculty[0].user);
    expect(result.term.id).toBe(fx.a.term.id);
  });
});

describe("drafts and parameters", () => {
  it("shows a draft to registrars only", async () => {
    const draft = await writeTimetable({ termId: fx.a.term.id, meetings: tinyTermWeek(fx.a), status: "DRAFT" });
    const query = { scope: "batch", id: fx.a.batches.a.id, timetableId: draft.id };
    expect((await call(getTimetable, "/api/timetable", query, fx.users.registrar)).status).toBe(200);
    expect((await call(getTimetable, "/api/timetable", query, fx.users.hodA)).status).toBe(403);
    const studentQuery = { scope: "me", timetableId: draft.id };
    expect((await call(getTimetable, "/api/timetable", studentQuery, fx.a.students[0].user)).status).toBe(403);
  });

  it("rejects an unknown scope or a missing id with 422 naming the parameter", async () => {
    const badScope = await call(getTimetable, "/api/timetable", { scope: "planet" }, fx.users.admin);
    expect(badScope.status).toBe(422);
    expect(((await badScope.json()) as { error: string }).error).toMatch(/^scope: /);
    const missingId = await call(getTimetable, "/api/timetable", { scope: "batch" }, fx.users.admin);
    expect(missingId.status).toBe(422);
    expect(((await missingId.json()) as { error: string }).error).toMatch(/^id: /);
  });

  it("downloads .ics and CSV as attachments", async () => {
    const query = { scope: "me", termId: fx.a.term.id };
    const ics = await call(getTimetableIcs, "/api/timetable.ics", query, fx.a.students[0].user);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(ics.headers.get("content-disposition")).toMatch(/^attachment; filename="timetable-.*\.ics"$/);
    expect(feedUids(await ics.text())).toHaveLength(9);
    const csv = await call(getTimetableCsv, "/api/timetable.csv", query, fx.a.students[0].user);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename=".*\.csv"$/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toBe("Day,Start,End,Subject code,Subject,Batches,Faculty,Room");
    expect(lines).toHaveLength(1 + 9);
  });
});

describe("calendar feed tokens", () => {
  it("serves a feed to its owner's view only, whoever presents it", async () => {
    const owner = fx.a.faculty[0];
    const colleague = fx.a.faculty[1];
    const ownerToken = await createFeedToken(owner.user);
    const colleagueToken = await createFeedToken(colleague.user);

    expect((await resolveCalendarToken({ token: colleagueToken })).id).toBe(colleague.user.id);
    // Signed in as the owner makes no difference: the colleague's token still opens the colleague's feed.
    as(owner.user);
    const colleagueFeed = await getFeed(new Request("http://test"), { params: Promise.resolve({ token: `${colleagueToken}.ics` }) });
    expect(colleagueFeed.status).toBe(200);
    const colleagueUids = feedUids(await colleagueFeed.text());
    expect(colleagueUids).toHaveLength(3); // OS101 x3
    expect(colleagueUids.every((uid) => uid.startsWith(`${fx.a.offerings.theoryB.id}-`) && uid.includes(`me-${colleague.user.id}`))).toBe(true);

    const ownerFeed = await feed(ownerToken);
    expect(ownerFeed.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ownerUids = feedUids(await ownerFeed.text());
    expect(ownerUids).toHaveLength(5);
    expect(ownerUids.some((uid) => colleagueUids.includes(uid))).toBe(false);
  });

  it("answers 404 for unknown, malformed, suffix-less and revoked tokens", async () => {
    const user = fx.a.students[0].user;
    const token = await createFeedToken(user);
    expect((await feed(token)).status).toBe(200);
    expect((await feed("A".repeat(43))).status).toBe(404);
    expect((await feed("not-a-token")).status).toBe(404);
    as(null);
    expect((await getFeed(new Request("http://test"), { params: Promise.resolve({ token }) })).status).toBe(404);

    const colleagueToken = await createFeedToken(fx.a.faculty[1].user);
    as(user);
    const revoked = await tokenRoute.DELETE(new Request("http://test/api/calendar/token", { method: "DELETE" }), noParams);
    expect(await revoked.json()).toEqual({ revoked: 1 });
    expect((await feed(token)).status).toBe(404);
    // Revoking is per owner: another user's feed keeps working.
    expect((await feed(colleagueToken)).status).toBe(200);
  });

  it("stores only a hash of the token", async () => {
    const token = await createFeedToken(fx.a.faculty[2].user);
    const stored = await prisma.calendarToken.findMany({ where: { userId: fx.a.faculty[2].user.id } });
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
  });

  it("caps the number of live feed URLs per user", async () => {
    const user = fx.b.students[0].user;
    for (let i = 0; i < MAX_ACTIVE_CALENDAR_TOKENS; i++) await createFeedToken(user);
    as(user);
    const refused = await tokenRoute.POST(new Request("http://test/api/calendar/token", { method: "POST" }), noParams);
    expect(refused.status).toBe(409);
    await tokenRoute.DELETE(new Request("http://test/api/calendar/token", { method: "DELETE" }), noParams);
    expect(await createFeedToken(user)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("holds the cap when many feed URLs are asked for at once, and audits creating and revoking them", async () => {
    const user = fx.b.students[1].user;
    const statuses = await Promise.all(
      Array.from({ length: MAX_ACTIVE_CALENDAR_TOKENS + 5 }, () => {
        as(user);
        return tokenRoute.POST(new Request("http://test/api/calendar/token", { method: "POST" }), noParams).then((res) => res.status);
      }),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(MAX_ACTIVE_CALENDAR_TOKENS);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    expect(await prisma.calendarToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(MAX_ACTIVE_CALENDAR_TOKENS);

    as(user);
    await tokenRoute.DELETE(new Request("http://test/api/calendar/token", { method: "DELETE" }), noParams);
    const audit = await prisma.auditLog.findMany({ where: { actorId: user.id, entity: "CalendarToken" }, select: { action: true, after: true } });
    expect(audit.filter((entry) => entry.action === "create")).toHaveLength(MAX_ACTIVE_CALENDAR_TOKENS);
    expect(audit.filter((entry) => entry.action === "revoke")).toEqual([{ action: "revoke", after: expect.objectContaining({ revoked: MAX_ACTIVE_CALENDAR_TOKENS }) }]);
  });

  it("refuses to create or revoke tokens when signed out", async () => {
    as(null);
    expect((await tokenRoute.POST(new Request("http://test", { method: "POST" }), noParams)).status).toBe(401);
    expect((await tokenRoute.DELETE(new Request("http://test", { method: "DELETE" }), noParams)).status).toBe(401);
  });
});

describe("after a new publication", () => {
  it("feeds the new timetable and lists what moved for this user", async () => {
    const teacher = fx.a.faculty[0];
    const token = await createFeedToken(teacher.user);
    // A calendar app that kept the feed asks whether it changed: not yet.
    const etag = (await feed(token)).headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const unchanged = await feed(token, { "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    // Move DS101's Friday meeting to Thursday period 1.
    const week = tinyTermWeek(fx.a).map((m) =>
      m.offeringId === fx.a.offerings.theoryA.id && m.day === 5 ? { ...m, day: 4, period: 1 } : m,
    );
    await writeTimetable({ termId: fx.a.term.id, meetings: week, publishedAt: new Date() });

    const republished = await feed(token, { "If-None-Match": etag });
    expect(republished.status).toBe(200);
    expect(republished.headers.get("etag")).not.toBe(etag);
    const ics = await republished.text();
    expect(ics).toContain("DTSTART;TZID=Europe/London:20990108T095000"); // Thu 8 Jan 2099, period 1
    expect(ics).not.toContain("DTSTART;TZID=Europe/London:20990109T090000"); // the old Friday slot

    const res = await call(getChanges, "/api/timetable/changes", { scope: "me", termId: fx.a.term.id }, teacher.user);
    const changes = (await res.json()) as ScheduleChanges;
    expect(changes.previous?.timetableId).toBe(fx.published.a.id);
    expect(changes.changes).toHaveLength(1);
    expect(changes.changes[0]).toMatchObject({
      kind: "moved",
      before: { dayName: "Friday", startTime: "09:00" },
      after: { dayName: "Thursday", startTime: "09:50" },
    });

    // A student of batch B is not affected by DS101 and sees no changes.
    const batchBStudent = fx.a.students.find((s) => s.profile.batchId === fx.a.batches.b.id)!;
    const unaffected = await call(getChanges, "/api/timetable/changes", { scope: "me", termId: fx.a.term.id }, batchBStudent.user);
    expect(((await unaffected.json()) as ScheduleChanges).changes).toEqual([]);
  });
});
