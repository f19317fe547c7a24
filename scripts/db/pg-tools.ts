/**
 * What db:backup and db:restore share: the database URL in the form libpq's tools accept, and
 * running pg_dump / pg_restore / psql with their output passed through.
 */
import { spawnSync } from "node:child_process";

/** DATABASE_URL without Prisma's own query parameters (libpq rejects `schema`). */
export function libpqUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

/** The same server's maintenance database, to create or drop `url`'s database from. */
export function maintenanceUrl(url: string): string {
  const parsed = new URL(libpqUrl(url));
  parsed.pathname = "/postgres";
  return parsed.toString();
}

export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** Runs a PostgreSQL client tool; a missing tool or a non-zero exit throws with what to do. */
export function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: "inherit" });
  if (result.error) {
    throw new Error(`${tool} could not be run (${result.error.message}); install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`);
  }
  if (result.status !== 0) throw new Error(`${tool} failed with exit code ${result.status} (see its message above)`);
}
