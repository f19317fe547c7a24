// npm run db:migrate                      apply pending migrations to DATABASE_URL (creates the database if missing)
// npm run db:migrate -- --dev --name X    create prisma/migrations/<timestamp>_X from prisma/schema.prisma
//                                         (diff against a temporary shadow database; apply it with db:migrate)
// npm run db:migrate -- --status          show which migrations are applied
// npm run db:migrate -- --check           exit 3 if prisma/schema.prisma has changes no migration contains
//
// Prisma 7's migrate commands need a native schema-engine binary that cannot be downloaded here, so
// this runs Prisma 6.19.3's CLI with the WebAssembly schema engine from tools/prisma-migrate
// (see tools/prisma-migrate/README.md). Works without a TTY (CI=true) and is idempotent.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { readDatabaseConfig } from "@/lib/config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TOOL_DIR = path.join(ROOT, "tools/prisma-migrate");
// PRISMA_SCHEMA_PATH and PRISMA_MIGRATIONS_DIR are overridable for tests only.
const SCHEMA = path.resolve(process.env.PRISMA_SCHEMA_PATH || path.join(ROOT, "prisma/schema.prisma"));
const SCHEMA_COPY = process.env.PRISMA_SCHEMA_PATH
  ? path.join(os.tmpdir(), `prisma6-schema-${process.pid}.prisma`)
  : path.join(TOOL_DIR, "schema.prisma");
const MIGRATIONS_DIR = path.resolve(process.env.PRISMA_MIGRATIONS_DIR || path.join(ROOT, "prisma/migrations"));
const PRISMA6_VERSION = "6.19.3";

const log = (msg: string) => console.error(`[db:migrate] ${msg}`);

class UsageError extends Error {}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparseable DATABASE_URL>";
  }
}

function parseArgs(argv: string[]) {
  const opts = { dev: false, status: false, check: false, name: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dev") opts.dev = true;
    else if (a === "--status") opts.status = true;
    else if (a === "--check") opts.check = true;
    else if (a === "--name") opts.name = argv[++i];
    else if (a.startsWith("--name=")) opts.name = a.slice("--name=".length);
    else if (a === "--help" || a === "-h") {
      console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("\n").filter((l) => l.startsWith("// ")).slice(0, 5).map((l) => l.slice(3)).join("\n"));
      process.exit(0);
    } else throw new UsageError(`unknown argument ${JSON.stringify(a)} (try --help)`);
  }
  if (opts.dev && !opts.name) throw new UsageError("--dev needs --name <migration_name>, e.g. --dev --name add_room_capacity");
  if (opts.name !== undefined && !/^[A-Za-z0-9_]+$/.test(opts.name)) throw new UsageError("--name may only contain letters, digits and _");
  return opts;
}

/** Install tools/prisma-migrate's own node_modules when missing or when its package files changed. */
function ensureToolInstalled() {
  const hash = createHash("sha256");
  for (const f of ["package.json", "package-lock.json"]) {
    const p = path.join(TOOL_DIR, f);
    if (fs.existsSync(p)) hash.update(fs.readFileSync(p));
  }
  const digest = hash.digest("hex");
  const stamp = path.join(TOOL_DIR, "node_modules/.db-migrate-install-stamp");
  const prismaPkg = path.join(TOOL_DIR, "node_modules/prisma/package.json");
  const installedVersion = fs.existsSync(prismaPkg) ? JSON.parse(fs.readFileSync(prismaPkg, "utf8")).version : null;
  if (installedVersion === PRISMA6_VERSION && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) return;

  // One installer at a time (npm run db:migrate may start from several scripts at once).
  const lock = path.join(TOOL_DIR, ".install-lock");
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs;
      if (age > 300_000) fs.rmSync(lock, { recursive: true, force: true }); // stale
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${path.relative(ROOT, lock)} (remove it if no install is running)`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    // Another process may have finished the install while we waited.
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) return;
    install(stamp, digest);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function install(stamp: string, digest: string) {
  log(`installing tools/prisma-migrate dependencies (prisma@${PRISMA6_VERSION}) ...`);
  const t0 = Date.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["install", "--prefix", TOOL_DIR, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: TOOL_DIR,
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_SKIP_POSTINSTALL_GENERATE: "1" },
  });
  if (r.status !== 0) throw new Error(`npm install --prefix tools/prisma-migrate failed (exit ${r.status ?? r.signal}); is the npm registry reachable?`);
  fs.writeFileSync(stamp, digest);
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * Prisma 6 needs `url = env("DATABASE_URL")` in the datasource block, Prisma 7 forbids it: write a
 * copy of prisma/schema.prisma with the url added and the generator blocks removed (generation is
 * Prisma 7's job: npm run db:generate).
 */
export function prisma6SchemaFrom(schema: string): string {
  let out = schema.replace(/^[ \t]*generator\s+\w+\s*\{[^}]*\}[ \t]*\n?/gm, "");
  const ds = /^([ \t]*datasource\s+\w+\s*\{)([^}]*)\}/m;
  const m = ds.exec(out);
  if (!m) throw new Error("prisma/schema.prisma has no datasource block");
  if (!/^\s*url\s*=/m.test(m[2])) {
    out = out.replace(ds, (_all, head: string, body: string) => `${head}${body.replace(/\s*$/, "")}\n  url      = env("DATABASE_URL")\n}`);
  }
  return "// GENERATED by scripts/db/migrate.ts from prisma/schema.prisma for the Prisma 6 migrate CLI. Do not edit.\n\n" + out;
}

function writeSchemaCopy() {
  if (!fs.existsSync(SCHEMA)) throw new Error(`missing ${path.relative(ROOT, SCHEMA)}`);
  const copy = prisma6SchemaFrom(fs.readFileSync(SCHEMA, "utf8"));
  if (!fs.existsSync(SCHEMA_COPY) || fs.readFileSync(SCHEMA_COPY, "utf8") !== copy) fs.writeFileSync(SCHEMA_COPY, copy);
}

function describePgError(e: unknown, url: string): string {
  const err = e as NodeJS.ErrnoException & { code?: string; errors?: unknown[] };
  const u = new URL(url);
  const where = `${u.hostname || "127.0.0.1"}:${u.port || 5432}`;
  const code = err.code ?? (err.errors?.[0] as { code?: string } | undefined)?.code;
  if (!code && /timeout/i.test(err.message ?? "")) return `PostgreSQL at ${where} did not answer within 10 s (${err.message}). DATABASE_URL=${redactUrl(url)}`;
  switch (code) {
    case "ECONNREFUSED":
      return `PostgreSQL is not reachable at ${where} (connection refused). Is the server running? DATABASE_URL=${redactUrl(url)}`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `PostgreSQL host ${JSON.stringify(u.hostname)} could not be resolved. DATABASE_URL=${redactUrl(url)}`;
    case "ETIMEDOUT":
      return `PostgreSQL at ${where} did not answer (timeout). DATABASE_URL=${redactUrl(url)}`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} rejected user ${JSON.stringify(decodeURIComponent(u.username) || "postgres")}: ${err.message}`;
    case "42501":
      return `the PostgreSQL role may not create databases (${err.message}); create it by hand or grant CREATEDB`;
    default:
      return `PostgreSQL at ${where}: ${err.message || code || String(e)} (DATABASE_URL=${redactUrl(url)})`;
  }
}

/** Create the target database (connecting to the `postgres` maintenance database) if it does not exist. */
async function ensureDatabase(url: string) {
  const u = new URL(url);
  const dbName = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!dbName) throw new Error(`DATABASE_URL names no database: ${redactUrl(url)}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  admin.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (e) {
    throw new Error(describePgError(e, url));
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
        log(`created database ${dbName}`);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code !== "42P04" && code !== "23505") throw new Error(describePgError(e, url)); // created concurrently
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
}

// Prisma 6 warns that the `url` we had to add to the schema copy is unused with a driver adapter.
const NOISE = [
  /^WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter/,
  /^- url$/,
  /^The values from your schema will NOT be used!$/,
  /^We recommend you to remove those properties from your schema/,
  /^Prisma config detected, skipping environment variable loading\.$/,
];

function forwardFiltered(from: NodeJS.ReadableStream, to: NodeJS.WritableStream) {
  let buf = "";
  let blank = 0;
  const emit = (line: string) => {
    if (NOISE.some((re) => re.test(line))) return;
    blank = line.trim() ? 0 : blank + 1;
    if (blank <= 1) to.write(line + "\n");
  };
  from.setEncoding("utf8");
  from.on("data", (chunk: string) => {
    buf += chunk;
    let i: number;
    while ((i = buf.indexOf("\n")) >= 0) {
      emit(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
  from.on("end", () => buf && emit(buf));
}

function runPrisma6(args: string[], url: string, opts: { captureStdout?: boolean } = {}): Promise<{ code: number; stdout: string }> {
  const prismaCli = path.join(TOOL_DIR, "node_modules/prisma/build/index.js");
  const child = spawn(
    process.execPath,
    ["--require", path.join(TOOL_DIR, "preload-unref-timers.cjs"), prismaCli, ...args, "--config", path.join(TOOL_DIR, "prisma.config.cjs"), ...(args[1] === "diff" ? [] : ["--schema", SCHEMA_COPY])],
    {
      cwd: TOOL_DIR,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        CI: process.env.CI ?? "true",
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
        PRISMA_QUERY_ENGINE_LIBRARY: "/dev/null",
        PRISMA_MIGRATIONS_DIR: MIGRATIONS_DIR,
      },
    },
  );
  let stdout = "";
  if (opts.captureStdout) child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  else forwardFiltered(child.stdout, process.stdout);
  forwardFiltered(child.stderr, process.stderr);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), stdout }));
  });
}

const MIGRATION_LOCK = `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "postgresql"
`;

function utcTimestamp(d = new Date()): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14); // YYYYMMDDHHMMSS, as Prisma names migrations
}

/**
 * `migrate dev --create-only` equivalent. (Prisma 6.19.3's `migrate dev --create-only` frees the wasm
 * engine twice and exits with "null pointer passed to rust", so we do what it does ourselves:)
 * diff "all existing migrations applied to a temporary shadow database" against the schema, and
 * write the SQL to prisma/migrations/<timestamp>_<name>/migration.sql. The target database is not
 * touched.
 */
async function diffMigrationsToSchema(url: string): Promise<{ code: number; sql: string }> {
  fs.mkdirSync(MIGRATIONS_DIR, { recursive: true });
  const lockFile = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!fs.existsSync(lockFile)) fs.writeFileSync(lockFile, MIGRATION_LOCK);
  const { code, stdout } = await runPrisma6(
    ["migrate", "diff", "--from-migrations", MIGRATIONS_DIR, "--to-schema-datamodel", SCHEMA_COPY, "--script"],
    url,
    { captureStdout: true },
  );
  const sql = stdout.replace(/\s+$/, "") + "\n";
  return { code, sql: sql.replace(/--.*$/gm, "").trim() ? sql : "" };
}

/** --check: fail when prisma/schema.prisma has changes that no migration contains. */
async function checkMigrationsMatchSchema(url: string): Promise<number> {
  const { code, sql } = await diffMigrationsToSchema(url);
  if (code !== 0) return code;
  if (!sql) {
    log("prisma/schema.prisma matches prisma/migrations");
    return 0;
  }
  process.stdout.write(sql);
  log("prisma/schema.prisma has changes that no migration contains (SQL above); create one with: npm run db:migrate -- --dev --name <what_changed>");
  return 3;
}

async function createMigration(name: string, url: string): Promise<number> {
  const { code, sql } = await diffMigrationsToSchema(url);
  if (code !== 0) return code;
  if (!sql) {
    log("prisma/schema.prisma matches the existing migrations: no migration created");
    return 0;
  }
  const existing = fs.readdirSync(MIGRATIONS_DIR).filter((d) => /^\d{14}_/.test(d)).sort();
  let stamp = utcTimestamp();
  const last = existing.at(-1)?.slice(0, 14);
  if (last && stamp <= last) stamp = String(BigInt(last) + 1n); // keep migrations ordered
  const dir = `${stamp}_${name}`;
  fs.mkdirSync(path.join(MIGRATIONS_DIR, dir));
  fs.writeFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), sql);
  log(`created ${path.relative(ROOT, path.join(MIGRATIONS_DIR, dir, "migration.sql"))} (${sql.split("\n").length - 1} lines); review it, then apply it with: npm run db:migrate`);
  if (/^\s*(DROP|ALTER TABLE .* DROP)/im.test(sql)) log("note: this migration drops tables or columns; check that no data is lost");
  return 0;
}

async function main() {
  const t0 = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const url = readDatabaseConfig().url;
  ensureToolInstalled();
  writeSchemaCopy();
  await ensureDatabase(url);

  let code: number;
  if (opts.dev) {
    code = await createMigration(opts.name!, url);
  } else if (opts.check) {
    code = await checkMigrationsMatchSchema(url);
    if (code === 3) process.exit(3);
  } else if (opts.status) {
    code = (await runPrisma6(["migrate", "status"], url)).code;
  } else {
    code = (await runPrisma6(["migrate", "deploy"], url)).code;
  }
  if (code !== 0) {
    log(`prisma ${opts.dev || opts.check ? "migrate diff" : opts.status ? "migrate status" : "migrate deploy"} failed (exit ${code}) for ${redactUrl(url)}`);
    process.exit(code);
  }
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.on("exit", () => {
    if (process.env.PRISMA_SCHEMA_PATH) fs.rmSync(SCHEMA_COPY, { force: true });
  });
  main().catch((e: unknown) => {
    console.error(`[db:migrate] error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(e instanceof UsageError ? 2 : 1);
  });
}
