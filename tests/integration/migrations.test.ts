// scripts/db/migrate.ts end to end: a fresh database is created and migrated, a second run is a
// no-op, the Prisma 7 client can use the result, and an unreachable server gives a clear error.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_NODE_ARGS } from "@/scripts/lib/server-node-args";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DB_NAME = process.env.MIGRATIONS_TEST_DB || "timetabler_it_migrate";
const BASE_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/timetabler";

function urlFor(database: string, base = BASE_URL): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}
const TEST_URL = urlFor(DB_NAME);

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
const dropTestDb = () => withClient(urlFor("postgres"), (c) => c.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`));

function runMigrate(databaseUrl: string, args: string[] = [], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [...SERVER_NODE_ARGS, "scripts/db/migrate.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, CI: "true", ...env },
      stdio: ["ignore", "pipe", "pipe"], // no stdin
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

const migrationDirs = () =>
  fs.readdirSync(path.join(ROOT, "prisma/migrations")).filter((d) => fs.existsSync(path.join(ROOT, "prisma/migrations", d, "migration.sql")));

describe("scripts/db/migrate.ts", () => {
  beforeAll(dropTestDb);
  afterAll(dropTestDb);

  it("creates the database and applies every migration", async () => {
    const r = await runMigrate(TEST_URL);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toContain(`created database ${DB_NAME}`);

    const tables = await withClient(TEST_URL, async (c) => {
      const { rows } = await c.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      return rows.map((row) => row.table_name);
    });
    for (const t of ["_prisma_migrations", "User", "Term", "Room", "Offering", "Timetable", "TimetableEntry", "GenerationJob"]) {
      expect(tables).toContain(t);
    }
  });

  it("is a no-op the second time", async () => {
    const q = "SELECT migration_name, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name";
    const before = (await withClient(TEST_URL, (c) => c.query(q))).rows;
    expect(before.map((row) => row.migration_name)).toEqual(migrationDirs().sort());
    expect(before.every((row) => row.finished_at !== null)).toBe(true);

    const r = await runMigrate(TEST_URL);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("No pending migrations to apply");
    expect((await withClient(TEST_URL, (c) => c.query(q))).rows).toEqual(before);
    // The wasm engine's pending timers must not hold the process open for a minute.
    expect(r.ms).toBeLessThan(45_000); // a pending 60 s timer would show here
  });

  it("is usable by the Prisma 7 client", async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("@/lib/generated/prisma/client");
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: TEST_URL }) });
    try {
      expect(await prisma.user.count()).toBe(0);
      const dept = await prisma.department.create({ data: { code: "IT-MIG", name: "Migration test" } });
      const user = await prisma.user.create({
        data: { email: "it-migrate@example.test", name: "IT", passwordHash: "x", role: "REGISTRAR", departmentId: dept.id },
      });
      const term = await prisma.term.create({
        data: { name: "IT term", academicYear: "2026-27", semester: "Odd", firstDay: new Date("2026-07-01"), lastDay: new Date("2026-11-30"), timezone: "Asia/Kolkata" },
      });
      expect(term.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { department: true } })).department?.code).toBe("IT-MIG");
      expect(await prisma.user.count()).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("prisma/migrations contains every change of prisma/schema.prisma", async () => {
    const r = await runMigrate(TEST_URL, ["--check"]);
    expect(r.code, `${r.stdout}${r.stderr}\nRun: npm run db:migrate -- --dev --name <what_changed>`).toBe(0);
  });

  it("names the problem when PostgreSQL is unreachable", async () => {
    const u = new URL(TEST_URL);
    u.hostname = "127.0.0.1";
    u.port = "1"; // nothing listens there
    const r = await runMigrate(u.toString());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PostgreSQL is not reachable at 127\.0\.0\.1:1/);
  });

  it("rejects --dev without --name", async () => {
    const r = await runMigrate(TEST_URL, ["--dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--dev needs --name");
  });

  it("--dev writes a migration for a schema change (via a shadow database) that deploy then applies", async () => {
    // A scratch copy of the schema and migrations: the repository's are not touched.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "it-migrate-dev-"));
    try {
      fs.cpSync(path.join(ROOT, "prisma/migrations"), path.join(tmp, "migrations"), { recursive: true });
      const schema = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
      fs.writeFileSync(path.join(tmp, "schema.prisma"), `${schema}\nmodel ItScratch {\n  id    Int    @id @default(autoincrement())\n  label String @default("a;b")\n}\n`);
      const env = { PRISMA_SCHEMA_PATH: path.join(tmp, "schema.prisma"), PRISMA_MIGRATIONS_DIR: path.join(tmp, "migrations") };

      const check = await runMigrate(TEST_URL, ["--check"], env);
      expect(check.code, check.stdout + check.stderr).toBe(3);
      expect(check.stdout).toContain('CREATE TABLE "ItScratch"');

      const dev = await runMigrate(TEST_URL, ["--dev", "--name", "add_scratch"], env);
      expect(dev.code, dev.stdout + dev.stderr).toBe(0);
      const created = fs.readdirSync(env.PRISMA_MIGRATIONS_DIR).filter((d) => d.endsWith("_add_scratch"));
      expect(created).toHaveLength(1);
      const sql = fs.readFileSync(path.join(env.PRISMA_MIGRATIONS_DIR, created[0], "migration.sql"), "utf8");
      expect(sql).toContain('CREATE TABLE "ItScratch"');
      expect(sql).not.toContain('CREATE TABLE "User"');

      const deploy = await runMigrate(TEST_URL, [], env);
      expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
      // The default contains a ';': the script must not have been split on it.
      const { rows } = await withClient(TEST_URL, (c) => c.query(`INSERT INTO "ItScratch" DEFAULT VALUES RETURNING label`));
      expect(rows[0].label).toBe("a;b");

      const again = await runMigrate(TEST_URL, ["--dev", "--name", "nothing"], env);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(again.stderr).toContain("no migration created");
      expect(fs.readdirSync(env.PRISMA_MIGRATIONS_DIR).some((d) => d.endsWith("_nothing"))).toBe(false);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000); // five CLI runs, two shadow databases: slow on a busy 2-core machine
});
