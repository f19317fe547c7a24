// Sessions that end: after sign-out, deletion, a role change or an admin ending them, the old
// cookie is refused on every web process (the server runs two, WEB_CONCURRENCY=2) within a minute.
// Each check first warms both processes with the cookie, then replays it until ten requests in a
// row (spread over both processes by the kernel's round-robin) are refused.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { apiSession, apiSignOut, sessionCookieOf } from "./api-session";

test.describe.configure({ mode: "serial" });

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
});
test.afterAll(async () => {
  await db.query(`DELETE FROM "User" WHERE email LIKE 'session-e2e-%'`);
  await db.end();
});

/** A user who can sign in with the demo password (the hash is copied from a demo account). */
async function createUser(role: string): Promise<{ id: string; email: string }> {
  const email = `session-e2e-${role.toLowerCase()}-${Date.now()}@demo.edu`;
  const { rows } = await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'se2e' || md5(random()::text), $1, 'Session Test', "passwordHash", $2::"Role", now() FROM "User" WHERE email = 'student@demo.edu'
     RETURNING id, email`,
    [email, role],
  );
  return rows[0];
}

async function replay(baseURL: string, cookie: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Cookie: cookie } });
}

async function statuses(context: APIRequestContext, path: string, n = 10): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await context.get(path)).status());
  return out;
}

async function expectWithinAMinute(context: APIRequestContext, path: string, status: number): Promise<void> {
  await expect.poll(async () => (await statuses(context, path)).every((s) => s === status), { timeout: 60_000, intervals: [1_000] }).toBe(true);
}

test("after sign-out, the old cookie is refused on every process", async ({ baseURL }) => {
  const student = await apiSession(baseURL!, "student");
  const old = await replay(baseURL!, await sessionCookieOf(student));
  expect(await statuses(old, "/api/calendar/token")).toEqual(Array(10).fill(200));
  await apiSignOut(student);
  await expectWithinAMinute(old, "/api/calendar/token", 401);
  // Pages too: the replayed cookie lands on the sign-in page.
  expect(new URL((await old.get("/student")).url()).pathname).toBe("/login");
  await old.dispose();
  await student.dispose();
});

test("after the user is deleted, their cookie is refused", async ({ baseURL }) => {
  const user = await createUser("STUDENT");
  const session = await apiSession(baseURL!, user);
  expect(await statuses(session, "/api/calendar/token")).toEqual(Array(10).fill(200));
  await db.query(`DELETE FROM "User" WHERE id = $1`, [user.id]);
  await expectWithinAMinute(session, "/api/calendar/token", 401);
  await session.dispose();
});

test("after a role change, the cookie carries the new role", async ({ baseURL }) => {
  const user = await createUser("REGISTRAR");
  const session = await apiSession(baseURL!, user);
  expect(await statuses(session, "/api/jobs")).toEqual(Array(10).fill(200));
  await db.query(`UPDATE "User" SET role = 'STUDENT' WHERE id = $1`, [user.id]);
  await expectWithinAMinute(session, "/api/jobs", 403);
  await session.dispose();
});

test("an admin ends a user's sessions", async ({ baseURL }) => {
  const user = await createUser("FACULTY");
  const [laptop, phone] = [await apiSession(baseURL!, user), await apiSession(baseURL!, user)];
  expect(await statuses(laptop, "/api/calendar/token", 4)).toEqual(Array(4).fill(200));
  const admin = await apiSession(baseURL!, "admin");
  const registrar = await apiSession(baseURL!, "registrar");
  expect((await registrar.delete(`/api/users/${user.id}/sessions`)).status()).toBe(403);
  const ended = await admin.delete(`/api/users/${user.id}/sessions`);
  expect(ended.status()).toBe(200);
  expect(await ended.json()).toEqual({ revoked: 2 });
  await expectWithinAMinute(laptop, "/api/calendar/token", 401);
  await expectWithinAMinute(phone, "/api/calendar/token", 401);
  for (const context of [laptop, phone, admin, registrar]) await context.dispose();
});
