import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import pg from "pg";
import { type DemoAccount, signIn } from "./fixtures";
import { ensurePublishedTimetable } from "./publish-helper";

// Issue "Role views": every view route and page against every role, plus signed out, over real
// HTTP against `next start`. The expected status is decided by the server from the session.
test.describe.configure({ mode: "serial" });

type Who = DemoAccount | "signedOut";
const EVERYONE: Who[] = ["admin", "registrar", "hodCse", "hodEce", "faculty", "student", "signedOut"];

interface Ids {
  cse: string;
  ece: string;
  facultyId: string; // faculty@demo.edu (CSE)
  studentBatch: string; // student@demo.edu's batch (CSE)
  otherCseBatch: string; // a CSE batch that is not the student's
  eceBatch: string;
  cseRoom: string; // a room a CSE offering meets in
}
let ids: Ids;
const contexts = new Map<Who, APIRequestContext>();

async function loadIds(): Promise<Ids> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0]?.id as string;
  const cse = await one(`SELECT id FROM "Department" WHERE code = 'CSE'`);
  const ece = await one(`SELECT id FROM "Department" WHERE code = 'ECE'`);
  const facultyId = await one(`SELECT f.id FROM "FacultyProfile" f JOIN "User" u ON u.id = f."userId" WHERE u.email = 'faculty@demo.edu'`);
  const studentBatch = await one(
    `SELECT s."batchId" AS id FROM "StudentProfile" s JOIN "User" u ON u.id = s."userId" WHERE u.email = 'student@demo.edu'`,
  );
  const otherCseBatch = await one(`SELECT id FROM "Batch" WHERE "departmentId" = $1 AND id <> $2 ORDER BY code LIMIT 1`, [cse, studentBatch]);
  const eceBatch = await one(`SELECT id FROM "Batch" WHERE "departmentId" = $1 ORDER BY code LIMIT 1`, [ece]);
  const cseRoom = await one(
    `SELECT e."roomId" AS id FROM "TimetableEntry" e JOIN "Timetable" t ON t.id = e."timetableId"
       JOIN "Offering" o ON o.id = e."offeringId" JOIN "Subject" s ON s.id = o."subjectId"
     WHERE t.status = 'PUBLISHED' AND s."departmentId" = $1 LIMIT 1`,
    [cse],
  );
  await client.end();
  return { cse, ece, facultyId, studentBatch, otherCseBatch, eceBatch, cseRoom };
}

async function contextFor(browser: Browser, who: Who): Promise<APIRequestContext> {
  const existing = contexts.get(who);
  if (existing) return existing;
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who !== "signedOut") await signIn(page, who);
  contexts.set(who, page.request);
  return page.request;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const request = await contextFor(browser, "registrar");
  await ensurePublishedTimetable(request);
  ids = await loadIds();
});

type Expect = Partial<Record<Who, number | number[]>>;
const ALLOWED_ALL_SIGNED_IN: Expect = { admin: 200, registrar: 200, hodCse: 200, hodEce: 200, faculty: 200, student: 200, signedOut: 401 };

function cases(): { name: string; path: string; expect: Expect }[] {
  const views: { name: string; query: string; expect: Expect }[] = [
    // Admins and registrars have no week of their own: 404 says so; everyone else sees theirs.
    { name: "own week", query: "scope=me", expect: { ...ALLOWED_ALL_SIGNED_IN, admin: [200, 404], registrar: [200, 404], hodCse: [200, 404], hodEce: [200, 404] } },
    { name: "CSE department", query: `scope=department&id=${ids.cse}`, expect: { admin: 200, registrar: 200, hodCse: 200, hodEce: 403, faculty: 403, student: 403, signedOut: 401 } },
    { name: "ECE department", query: `scope=department&id=${ids.ece}`, expect: { admin: 200, registrar: 200, hodCse: 403, hodEce: 200, faculty: 403, student: 403, signedOut: 401 } },
    { name: "a CSE faculty member", query: `scope=faculty&id=${ids.facultyId}`, expect: { admin: 200, registrar: 200, hodCse: 200, hodEce: 403, faculty: 200, student: 403, signedOut: 401 } },
    { name: "the student's batch", query: `scope=batch&id=${ids.studentBatch}`, expect: { admin: 200, registrar: 200, hodCse: 200, hodEce: 403, faculty: 403, student: 200, signedOut: 401 } },
    { name: "another CSE batch", query: `scope=batch&id=${ids.otherCseBatch}`, expect: { admin: 200, registrar: 200, hodCse: 200, hodEce: 403, faculty: 403, student: 403, signedOut: 401 } },
    { name: "an ECE batch", query: `scope=batch&id=${ids.eceBatch}`, expect: { admin: 200, registrar: 200, hodCse: 403, hodEce: 200, faculty: 403, student: 403, signedOut: 401 } },
    { name: "a room CSE uses", query: `scope=room&id=${ids.cseRoom}`, expect: { admin: 200, registrar: 200, hodCse: 200, faculty: 403, student: 403, signedOut: 401 } },
    { name: "an unknown batch", query: "scope=batch&id=no-such-batch", expect: { admin: 404, registrar: 404, signedOut: 401 } },
    { name: "a bad scope", query: "scope=everything", expect: { admin: 422, registrar: 422, faculty: 422, student: 422, signedOut: 401 } },
  ];
  const routes = ["/api/timetable", "/api/timetable.ics", "/api/timetable.csv", "/api/timetable/changes"];
  const list = views.flatMap((view) => routes.map((route) => ({ name: `${route} ${view.name}`, path: `${route}?${view.query}`, expect: view.expect })));
  list.push(
    { name: "page /timetable", path: "/timetable", expect: { ...ALLOWED_ALL_SIGNED_IN, signedOut: 307 } },
    { name: "print page", path: `/timetable/print?scope=department&id=${ids.cse}`, expect: { admin: 200, registrar: 200, hodCse: 200, hodEce: 403, faculty: 403, student: 403, signedOut: 307 } },
    { name: "calendar token status", path: "/api/calendar/token", expect: ALLOWED_ALL_SIGNED_IN },
  );
  return list;
}

test("every view route and page answers each role as expected", async ({ browser }) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const c of cases()) {
    for (const who of EVERYONE) {
      const expected = c.expect[who];
      if (expected === undefined) continue;
      const request = await contextFor(browser, who);
      const response = await request.get(c.path, { maxRedirects: 0 });
      const allowed = Array.isArray(expected) ? expected : [expected];
      if (!allowed.includes(response.status())) failures.push(`${who} ${c.name}: got ${response.status()}, expected ${allowed.join(" or ")}`);
      if (response.status() === 307) expect(response.headers().location).toMatch(/\/login/);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);
});

test("calendar feeds: only the owner's data, revocable, unknown tokens 404", async ({ browser }) => {
  const faculty = await contextFor(browser, "faculty");
  const created = await faculty.post("/api/calendar/token");
  expect(created.status()).toBe(201);
  const { url } = (await created.json()) as { url: string };
  const feedPath = new URL(url).pathname;

  // The feed needs no session: the token decides, and it shows the faculty member's own classes.
  const anonymous = await contextFor(browser, "signedOut");
  const feed = await anonymous.get(feedPath);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/text\/calendar/);
  const own = await (await faculty.get("/api/timetable.ics?scope=me")).text();
  const summaries = (text: string) => [...text.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]).sort();
  expect(summaries(await feed.text())).toEqual(summaries(own));

  // A colleague's token is not a way into this one's data: another account's feed differs.
  const student = await contextFor(browser, "student");
  const studentUrl = new URL(((await (await student.post("/api/calendar/token")).json()) as { url: string }).url).pathname;
  expect(summaries(await (await anonymous.get(studentUrl)).text())).not.toEqual(summaries(own));

  expect((await faculty.delete("/api/calendar/token")).status()).toBe(200);
  expect((await anonymous.get(feedPath)).status()).toBe(404);
  expect((await anonymous.get("/api/calendar/not-a-real-token.ics")).status()).toBe(404);
  expect((await anonymous.post("/api/calendar/token")).status()).toBe(401);
});
