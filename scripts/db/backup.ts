// npm run db:backup [-- --out FILE]
// A consistent snapshot of DATABASE_URL's database in pg_dump's custom format (compressed; restore
// it with `npm run db:restore -- FILE`). Default file: backups/<database>-<UTC timestamp>.dump.
// The web app and workers may keep running: pg_dump reads one transaction's snapshot.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readDatabaseConfig } from "@/lib/config";
import { databaseName, libpqUrl, redact, runTool } from "./pg-tools";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const url = readDatabaseConfig().url;
const stamp = new Date().toISOString().replace(/[:.]/g, "-").replace(/-\d{3}Z$/, "Z");
const out = path.resolve(values.out ?? path.join("backups", `${databaseName(url)}-${stamp}.dump`));

try {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // No owners or grants: the backup restores into a database owned by whoever restores it.
  runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${out}`, `--dbname=${libpqUrl(url)}`]);
  const sizeKb = Math.ceil(fs.statSync(out).size / 1024);
  console.log(`[db:backup] ${redact(url)} -> ${out} (${sizeKb} KB)`);
} catch (error) {
  console.error(`[db:backup] ${(error as Error).message}`);
  process.exit(1);
}
