// The one Prisma client of the app, the worker and the tsx scripts.
// Deliberately no `import "server-only"`: the worker and scripts import this module too
// (it must still never be imported from client components).
//
// Prisma 7 needs no engine binary at runtime: queries go through the `pg` driver adapter.
// Generate the client with `npm run db:generate`; migrate with `npm run db:migrate`.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/timetabler";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

// pg's own default is 10 connections. The web server answers many concurrent view requests, so
// under `next` (NEXT_RUNTIME is set in its server) it gets 20; the worker and scripts keep 10,
// since every solver thread of the worker holds its own client and PostgreSQL's max_connections
// (100 by default) is shared. DATABASE_POOL_MAX overrides both.
const WEB_POOL_MAX = 20;
const OTHER_POOL_MAX = 10;

export function databasePoolMax(): number {
  const fromEnv = Number(process.env.DATABASE_POOL_MAX);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.env.NEXT_RUNTIME ? WEB_POOL_MAX : OTHER_POOL_MAX;
}

function createClient(): PrismaClient {
  const connectionString = databaseUrl();
  // Prisma-style `?schema=name` is not a pg option: hand it to the adapter instead.
  const schema = new URL(connectionString).searchParams.get("schema") || undefined;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: databasePoolMax() }, schema ? { schema } : undefined),
    log: process.env.PRISMA_LOG_QUERIES === "1" ? ["query", "warn", "error"] : ["warn", "error"],
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

if (process.env.NODE_ENV !== "production") globalForPrisma.__timetablerPrisma = prisma;

export default prisma;
