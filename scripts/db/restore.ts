// npm run db:restore -- FILE [--replace]
// Restores a db:backup file into DATABASE_URL's database, created fresh: the database must not
// exist yet or be empty (no tables). --replace drops an existing one first (stop the web app and
// workers before, they would otherwise write into it half-way). The restore is one transaction:
// it either completes or leaves an empty database. Afterwards run `npm run db:migrate` in case the
// backup is older than the code (migrations only add).
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { readDatabaseConfig } from "@/lib/config";
import { databaseName, libpqUrl, maintenanceUrl, redact, runTool } from "./pg-tools";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
const url = readDatabaseConfig().url;
const name = databaseName(url);
const log = (message: string) => console.log(`[db:restore] ${message}`);

async function freshDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    if (exists && values.replace) {
      log(`dropping the existing database ${name} (--replace)`);
      await admin.query(`DROP DATABASE "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    } else if (exists) {
      const target = new pg.Client({ connectionString: libpqUrl(url) });
      await target.connect();
      const tables = await target.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'").finally(() => target.end());
      if (tables.rows[0].n > 0) {
        throw new Error(`database ${name} already has ${tables.rows[0].n} tables; restore into a new database (set DATABASE_URL) or pass --replace to drop it`);
      }
      return;
    }
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

try {
  const file = positionals[0];
  if (!file) throw new Error("usage: npm run db:restore -- FILE [--replace]");
  if (!fs.existsSync(file)) throw new Error(`no such backup file: ${file}`);
  await freshDatabase();
  runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${libpqUrl(url)}`, file]);
  log(`${file} -> ${redact(url)}`);
} catch (error) {
  console.error(`[db:restore] ${(error as Error).message}`);
  process.exit(1);
}
