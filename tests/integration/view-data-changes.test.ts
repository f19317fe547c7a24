// The view caches' change feed against the real PostgreSQL: triggers on the tables views read
// notify, the listener counts it, unrelated writes do not, a lost connection turns caching off
// until it is back; and a cached view shows a change another process made, without a restart.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, prisma } from "@/lib/db";
import { ViewDataChanges } from "@/lib/server/timetable-views/view-data-changes";
import { createTimetableViewsFixture, deleteTimetableViewsFixture, type TimetableViewsFixture } from "./timetable-views-fixture";
import { waitFor } from "./support/wait-for";

const { getPublishedEntries } = await import("@/lib/server/timetable-views/get-published-entries");

/** Another process's connection: writes from it reach this process only through PostgreSQL. */
let otherProcess: pg.Client;

beforeAll(async () => {
  otherProcess = new pg.Client({ connectionString: databaseUrl() });
  await otherProcess.connect();
});
afterAll(async () => {
  await otherProcess.end();
});

describe("ViewDataChanges", () => {
  const applicationName = `view-data-test-${process.pid}`;
  let changes: ViewDataChanges;

  beforeAll(async () => {
    changes = new ViewDataChanges({ applicationName });
    expect(changes.isLive()).toBe(false);
    await waitFor(async () => changes.isLive(), Boolean, { timeoutMs: 10_000, what: "the listener to connect" });
  });
  afterAll(async () => {
    await changes.stop();
  });

  it("moves its generation on a write to a table views read, whoever commits it", async () => {
    const before = changes.generation();
    await otherProcess.query(`UPDATE "Department" SET "name" = "name" WHERE "id" = 'no such department'`);
    await waitFor(async () => changes.generation(), (generation) => generation > before, { timeoutMs: 5_000, what: "the notification" });
  });

  it("ignores tables views do not read, and hears one transaction once", async () => {
    const before = changes.generation();
    await otherProcess.query(`UPDATE "LoginThrottle" SET "failures" = "failures" WHERE false`);
    await otherProcess.query(`UPDATE "WorkerHeartbeat" SET "lastSeen" = "lastSeen" WHERE false`);
    await otherProcess.query("BEGIN");
    await otherProcess.query(`UPDATE "Subject" SET "name" = "name" WHERE false`);
    await otherProcess.query(`UPDATE "Subject" SET "code" = "code" WHERE false`);
    await otherProcess.query("COMMIT");
    // Notifications arrive in commit order: once the Subject one is here, the others would have been.
    await waitFor(async () => changes.generation(), (generation) => generation > before, { timeoutMs: 5_000, what: "the notification" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(changes.generation()).toBe(before + 1);
  });

  it("stops caching when its connection is lost and resumes once it is back", async () => {
    const before = changes.generation();
    const { rowCount } = await otherProcess.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
    expect(rowCount).toBe(1);
    await waitFor(async () => changes.isLive(), (live) => !live, { timeoutMs: 5_000, what: "the loss to be noticed" });
    expect(changes.generation()).toBeGreaterThan(before);
    const whileDown = changes.generation();
    await waitFor(async () => changes.isLive(), Boolean, { timeoutMs: 10_000, what: "the listener to reconnect" });
    // What was written while nobody listened is unknown: reconnecting starts a new generation too.
    expect(changes.generation()).toBeGreaterThan(whileDown);
  });
});

describe("ViewDataChanges on a connection that hangs without closing", () => {
  const applicationName = `view-data-hang-test-${process.pid}`;
  let changes: ViewDataChanges;

  beforeAll(async () => {
    changes = new ViewDataChanges({ applicationName, heartbeatMs: 200, heartbeatTimeoutMs: 500 });
    changes.isLive();
    await waitFor(async () => changes.isLive(), Boolean, { timeoutMs: 10_000, what: "the listener to connect" });
  });
  afterAll(async () => {
    await changes.stop();
  });

  it("notices through its heartbeat that it no longer hears anything, and turns caching off", async () => {
    // Freezing the listener's PostgreSQL backend is what a network partition looks like from here:
    // the socket stays open and nothing arrives. (PostgreSQL runs on this machine in tests.)
    const { rows } = await otherProcess.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
    expect(rows).toHaveLength(1);
    const backend = rows[0].pid;
    process.kill(backend, "SIGSTOP");
    try {
      await waitFor(async () => changes.isLive(), (live) => !live, { timeoutMs: 5_000, what: "the silent connection to be given up" });
    } finally {
      process.kill(backend, "SIGCONT");
    }
    await waitFor(async () => changes.isLive(), Boolean, { timeoutMs: 10_000, what: "a new connection" });
  });
});

describe("cached timetable views", () => {
  let fx: TimetableViewsFixture;

  beforeAll(async () => {
    fx = await createTimetableViewsFixture();
  });
  afterAll(async () => {
    await deleteTimetableViewsFixture(fx);
  });

  it("answers repeated requests from memory and shows another process's rename once it commits", async () => {
    const faculty = fx.a.faculty[0];
    const viewer = { id: faculty.user.id, role: "FACULTY" as const, departmentId: fx.a.department.id };
    const query = { scope: "me" as const };
    const first = await waitFor(
      async () => [await getPublishedEntries({ viewer, query }), await getPublishedEntries({ viewer, query })] as const,
      ([a, b]) => a === b,
      { timeoutMs: 10_000, what: "the second read to come from the cache" },
    );
    const roomCode = first[0].rows[0].roomCode;
    const room = await prisma.room.findFirstOrThrow({ where: { code: roomCode }, select: { id: true } });

    await otherProcess.query(`UPDATE "Room" SET "code" = $1 WHERE "id" = $2`, [`${roomCode}-R`, room.id]);
    const renamed = await waitFor(
      async () => getPublishedEntries({ viewer, query }),
      (view) => view.rows.some((row) => row.roomCode === `${roomCode}-R`),
      { timeoutMs: 5_000, what: "the renamed room in the cached view" },
    );
    expect(renamed.rows.every((row) => row.roomCode !== roomCode)).toBe(true);
  });
});
