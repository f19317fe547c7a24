// The one Prisma client of the app, the worker and the tsx scripts (which load "server-only" as a
// React server does: scripts/lib/server-node-args.ts).
//
// Prisma 7 needs no engine binary at runtime: queries go through the `pg` driver adapter.
// Generate the client with `npm run db:generate`; migrate with `npm run db:migrate`.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readDatabaseConfig, readRuntimeConfig } from "@/lib/config";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The database this process uses (DATABASE_URL, see lib/config.ts). */
export function databaseUrl(): string {
  return readDatabaseConfig().url;
}

function createClient(): PrismaClient {
  const { url: connectionString, poolMax, logQueries } = readDatabaseConfig();
  // Prisma-style `?schema=name` is not a pg option: hand it to the adapter instead.
  const schema = new URL(connectionString).searchParams.get("schema") || undefined;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolMax }, schema ? { schema } : undefined),
    log: logQueries ? ["query", "warn", "error"] : ["warn", "error"],
    // Prisma's defaults (2 s to get a connection, 5 s per interactive transaction) are measured on an
    // idle machine: an import of 2,000 students takes 4.5 s idle and was cut off at 5.6 s on a loaded
    // 2-core machine, failing a correct write. Every multi-row write is one transaction by design, so
    // give them room; a transaction still cannot hold its locks forever.
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  });
}

// Reuse one client across Next.js dev hot reloads (each reload re-evaluates this module).
const globalForPrisma = globalThis as unknown as { __timetablerPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.__timetablerPrisma ?? createClient();

if (!readRuntimeConfig().production) globalForPrisma.__timetablerPrisma = prisma;

export default prisma;
