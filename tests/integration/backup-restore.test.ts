/**
 * npm run db:backup and npm run db:restore, end to end: back up the test database (which holds
 * published timetables), restore the file into a fresh database, and the app serves the same
 * timetables from it: the same view JSON for a HOD and a registrar, the same calendar feed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTimetableViewsFixture, deleteTimetableViewsFixture, type TimetableViewsFixture } from "./timetable-views-fixture";
import { SERVER_NODE_ARGS } from "@/scripts/lib/server-node-args";

const { createCalendarToken } = await import("@/lib/server/calendar/create-calendar-token");

const ROOT = path.resolve(import.meta.dirname, "../..");
const sourceUrl = process.env.DATABASE_URL!;
// A database name of its own, ending in _test like every database the tests may drop.
const restoredName = `${new URL(sourceUrl).pathname.slice(1).replace(/_test$/, "")}_restored_test`;
const restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${restoredName}` }).toString();
const adminUrl = Object.assign(new URL(sourceUrl), { pathname: "/postgres" }).toString();

let fx: TimetableViewsFixture;
let dir: string;

function run(args: string[], databaseUrl: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, ...env }, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}
const npmScript = (script: string, args: string[], databaseUrl: string) =>
  run([...SERVER_NODE_ARGS, `scripts/db/${script}.ts`, ...args], databaseUrl);

function readPublished(databaseUrl: string, request: unknown) {
  // Its stdout is the answer: no log lines in it.
  const reader = run([...SERVER_NODE_ARGS, "tests/integration/support/published-views-reader.ts", JSON.stringify(request)], databaseUrl, { LOG_LEVEL: "silent" });
  expect(reader.code, reader.output).toBe(0);
  return JSON.parse(reader.stdout);
}

async function dropRestored() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
  await admin.end();
}

beforeAll(async () => {
  fx = await createTimetableViewsFixture();
  dir = mkdtempSync(path.join(tmpdir(), "backup-"));
  await dropRestored();
});

afterAll(async () => {
  await deleteTimetableViewsFixture(fx);
  await dropRestored();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores a backup into a fresh database that serves the same published timetables", async () => {
    const { url } = await createCalendarToken({ userId: fx.a.faculty[0].user.id, baseUrl: "http://restore-test" });
    const token = url.split("/").pop()!.replace(/\.ics$/, "");
    const asUser = (u: { id: string; role: string; departmentId: string | null }) => ({ id: u.id, role: u.role, departmentId: u.departmentId });
    const request = {
      views: [
        { viewer: asUser(fx.users.hodA), query: { scope: "department", id: fx.a.department.id } },
        { viewer: asUser(fx.users.registrar), query: { scope: "department", id: fx.b.department.id, termId: fx.b.term.id } },
      ],
      feedTokens: [token],
    };

    const file = path.join(dir, "timetabler.dump");
    const backup = npmScript("backup", ["--out", file], sourceUrl);
    expect(backup.code, backup.output).toBe(0);
    const restore = npmScript("restore", [file], restoredUrl);
    expect(restore.code, restore.output).toBe(0);

    const original = readPublished(sourceUrl, request);
    const restored = readPublished(restoredUrl, request);
    expect(original.views.map((v: { timetable: { id: string } }) => v.timetable.id)).toEqual([fx.published.a.id, fx.published.b.id]);
    expect(original.views[0].rows.length).toBeGreaterThan(0);
    expect(original.feeds[0].status).toBe(200);
    expect(original.feeds[0].text).toContain("BEGIN:VEVENT");
    expect(restored).toEqual(original);

    // Published timetable entries, row for row, in both databases.
    const publishedEntries = async (databaseUrl: string) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const sql = `SELECT e.* FROM "TimetableEntry" e JOIN "Timetable" t ON t.id = e."timetableId" WHERE t.status = 'PUBLISHED' ORDER BY e.id`;
      return (await client.query(sql).finally(() => client.end())).rows;
    };
    const entries = await publishedEntries(sourceUrl);
    expect(entries.length).toBeGreaterThan(0);
    expect(await publishedEntries(restoredUrl)).toEqual(entries);
  });

  it("refuses to restore over a database that has tables, naming the way out", () => {
    const restore = npmScript("restore", [path.join(dir, "timetabler.dump")], restoredUrl);
    expect(restore.code).toBe(1);
    expect(restore.output).toMatch(/already has \d+ tables; restore into a new database \(set DATABASE_URL\) or pass --replace/);
  });
});
