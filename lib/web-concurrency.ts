/**
 * How many Next.js processes `npm run web` (scripts/serve-web.ts) runs on one machine. Validated at
 * start so that a typo fails loudly instead of silently running one process.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";

/**
 * One process per core, up to 4: beyond that a machine usually does better running workers too, and
 * each process holds its own PostgreSQL pool (DATABASE_POOL_MAX connections).
 */
export function defaultWebConcurrency(): number {
  return Math.min(availableParallelism(), 4);
}

const ZWebConcurrency = z.coerce
  .number({ message: "WEB_CONCURRENCY must be a whole number of processes" })
  .int("WEB_CONCURRENCY must be a whole number of processes")
  .min(1, "WEB_CONCURRENCY must be at least 1")
  .max(64, "WEB_CONCURRENCY must be at most 64");

export function readWebConcurrency(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return defaultWebConcurrency();
  const parsed = ZWebConcurrency.safeParse(value.trim());
  if (!parsed.success) throw new Error(`${parsed.error.issues[0].message} (got "${value}")`);
  return parsed.data;
}
