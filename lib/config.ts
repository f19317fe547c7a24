/**
 * Every setting the web app, the worker and the scripts take from the environment, described and
 * validated in this one module, so that a typo fails loudly instead of silently using a default.
 * Nothing else reads `process.env` for the app's own settings (Next's config file and the test
 * harness aside; prisma.config.ts reads DATABASE_URL through here).
 *
 * Each part is read at call time, not import time: tests and scripts set the environment first, and
 * a process only validates the parts it uses (a web process does not fail on a worker-only typo).
 * Deliberately free of next-auth and `server-only`: the Prisma CLI loads it through prisma.config.ts,
 * outside any React server environment.
 */
import { availableParallelism } from "node:os";
import { isMainThread } from "node:worker_threads";
import { z } from "zod";
// Relative paths, not "@/...": the Prisma CLI loads this file through prisma.config.ts with its own
// TypeScript loader, which does not read tsconfig's paths.
import { formatZodError } from "./domain/zod-error-message";
import { MAX_VARIANTS } from "./domain/generation-config";
import { MAX_HEARTBEAT_INTERVAL_MS, WORKER_ALIVE_WITHIN_MS } from "./domain/worker-liveness";

export type Env = Record<string, string | undefined>;

const positiveInt = z.coerce.number().int().positive();

/** Parses the keys of `schema` from `env`, treating empty values as unset. */
function readSection<Shape extends z.ZodRawShape>(name: string, schema: z.ZodObject<Shape>, env: Env) {
  const present = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key]?.trim() === "" ? undefined : env[key]]),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new Error(`invalid ${name} settings: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

// --- The process itself ---------------------------------------------------------------------------

const ZRuntimeEnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  /** Set by Next.js in its server processes. */
  NEXT_RUNTIME: z.string().optional(),
  /** Set by `next build`, which evaluates server modules without the runtime environment. */
  NEXT_PHASE: z.string().optional(),
});

export type TRuntimeConfig = { production: boolean; insideNext: boolean; building: boolean };

export function readRuntimeConfig(env: Env = process.env): TRuntimeConfig {
  const read = readSection("runtime", ZRuntimeEnvSchema, env);
  return {
    production: read.NODE_ENV === "production",
    insideNext: Boolean(read.NEXT_RUNTIME),
    building: read.NEXT_PHASE === "phase-production-build",
  };
}

// --- PostgreSQL ------------------------------------------------------------------------------------

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/timetabler";

// pg's own default is 10 connections. The web server answers many concurrent view requests, so
// under `next` (NEXT_RUNTIME is set in its server) it gets 20; the worker and scripts keep 10.
// Every solver thread of a worker (BullMQ's sandboxed processor, a worker thread) holds its own
// client, yet writes one progress row or one saved result at a time: 3 is plenty there. PostgreSQL's
// max_connections (100 by default) is shared by all of them: with 2 web processes and 2 workers of 2
// threads each at 10 per thread, a deployment reached it under load (bench:cluster, "too many
// clients already"). DATABASE_POOL_MAX overrides all three.
const WEB_POOL_MAX = 20;
const OTHER_POOL_MAX = 10;
const SOLVER_THREAD_POOL_MAX = 3;

const ZDatabaseEnvSchema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  DATABASE_POOL_MAX: positiveInt.optional(),
  /** "1" logs every query (noisy; for debugging). */
  PRISMA_LOG_QUERIES: z.enum(["0", "1"]).default("0"),
});

export type TDatabaseConfig = { url: string; poolMax: number; logQueries: boolean };

export function readDatabaseConfig(env: Env = process.env, mainThread: boolean = isMainThread): TDatabaseConfig {
  const read = readSection("database", ZDatabaseEnvSchema, env);
  return {
    url: read.DATABASE_URL,
    poolMax: read.DATABASE_POOL_MAX ?? (readRuntimeConfig(env).insideNext ? WEB_POOL_MAX : mainThread ? OTHER_POOL_MAX : SOLVER_THREAD_POOL_MAX),
    logQueries: read.PRISMA_LOG_QUERIES === "1",
  };
}

// --- Redis and BullMQ ------------------------------------------------------------------------------

const ZQueueEnvSchema = z.object({
  REDIS_URL: z.string().min(1).default("redis://127.0.0.1:6379/0"),
  /** Every queue of one deployment (or one test run) lives under this key prefix. */
  BULLMQ_PREFIX: z
    .string()
    .min(1)
    .regex(/^[^:]+$/, "must not contain ':' (BullMQ uses it as its key separator)")
    .default("timetabler"),
});

export type TQueueConfig = z.infer<typeof ZQueueEnvSchema>;

export function readQueueConfig(env: Env = process.env): TQueueConfig {
  return readSection("queue", ZQueueEnvSchema, env);
}

// --- Sign-in and public address --------------------------------------------------------------------

const ZAuthEnvSchema = z.object({
  NEXTAUTH_SECRET: z.string().optional(),
  /** The address users open; feed URLs are built on it (behind a proxy the request's URL may be internal). */
  NEXTAUTH_URL: z.url().optional(),
});

export type TAuthConfig = { secret: string | undefined; publicUrl: string | undefined };

/** Used by `npm run dev` when no secret is set; public, so never accepted in production. */
export const DEVELOPMENT_AUTH_SECRET = "timetabler-development-secret-do-not-use-in-production";
// Secrets printed in this repository (examples, old defaults): anyone can forge a session with one.
const PUBLISHED_AUTH_SECRETS = new Set([DEVELOPMENT_AUTH_SECRET, "change-me-in-production", "change-me", "changeme", "secret"]);
export const MIN_AUTH_SECRET_LENGTH = 24;

/** What is wrong with a secret for production use, or null when it will do. */
export function authSecretProblem(secret: string | undefined): string | null {
  if (!secret) return "NEXTAUTH_SECRET is not set";
  if (PUBLISHED_AUTH_SECRETS.has(secret)) return `NEXTAUTH_SECRET is "${secret}", a value published in this project's files`;
  if (secret.length < MIN_AUTH_SECRET_LENGTH) return `NEXTAUTH_SECRET is shorter than ${MIN_AUTH_SECRET_LENGTH} characters`;
  return null;
}

/**
 * Refuses to run production with a secret anyone could know: the secret signs every session
 * cookie, so with it anyone can sign in as anyone. Called when the web supervisor and the worker
 * start (and by the web's own secret reader), so a bad deployment stops with this message.
 */
export function assertProductionAuthSecret(env: Env = process.env): void {
  const problem = authSecretProblem(readAuthConfig(env).secret);
  if (!problem) return;
  throw new Error(
    `${problem}: anyone who knows or guesses the secret can forge a session. Set a random secret of at least ${MIN_AUTH_SECRET_LENGTH} characters, ` +
      "e.g. NEXTAUTH_SECRET=$(openssl rand -base64 32), in .env or the environment (for docker compose: export it before `docker compose up`).",
  );
}

export function readAuthConfig(env: Env = process.env): TAuthConfig {
  const read = readSection("sign-in", ZAuthEnvSchema, env);
  return {
    secret: read.NEXTAUTH_SECRET,
    publicUrl: read.NEXTAUTH_URL?.replace(/\/+$/, ""),
  };
}

// --- Web processes ---------------------------------------------------------------------------------

/**
 * One process per core, up to 4: beyond that a machine usually does better running workers too, and
 * each process holds its own PostgreSQL pool (DATABASE_POOL_MAX connections).
 */
export function defaultWebConcurrency(): number {
  return Math.min(availableParallelism(), 4);
}

const ZWebConcurrencySchema = z.coerce
  .number({ message: "WEB_CONCURRENCY must be a whole number of processes" })
  .int("WEB_CONCURRENCY must be a whole number of processes")
  .min(1, "WEB_CONCURRENCY must be at least 1")
  .max(64, "WEB_CONCURRENCY must be at most 64");

/** How many Next.js processes `npm run web` (scripts/serve-web.ts) runs on one machine. */
export function readWebConcurrency(env: Env = process.env): number {
  const value = env.WEB_CONCURRENCY;
  if (value === undefined || value.trim() === "") return defaultWebConcurrency();
  const parsed = ZWebConcurrencySchema.safeParse(value.trim());
  if (!parsed.success) throw new Error(`${parsed.error.issues[0].message} (got "${value}")`);
  return parsed.data;
}

// --- Worker ----------------------------------------------------------------------------------------

/**
 * Variant solves run in parallel per process. A variant's time budget is wall-clock (what the
 * registrar waits), so by default a worker runs a whole request's variants (up to MAX_VARIANTS) at
 * once even on a small machine, sharing its cores, rather than making the last variant wait for a
 * second round. Bigger machines run one solve per core.
 */
export function defaultWorkerConcurrency(): number {
  return Math.max(availableParallelism(), MAX_VARIANTS);
}

const ZWorkerEnvSchema = z.object({
  WORKER_CONCURRENCY: positiveInt.default(defaultWorkerConcurrency()),
  /** How long a job's lock lives without renewal; a crashed worker's job is retried after it expires. */
  WORKER_LOCK_DURATION_MS: positiveInt.default(30_000),
  /** How often workers look for jobs whose lock expired (stalled) and put them back in the queue. */
  WORKER_STALLED_INTERVAL_MS: positiveInt.default(30_000),
  /**
   * How often one job may lose its worker mid-run (the process was killed or crashed, or was too
   * starved to renew the lock) and still be run again; the next loss fails it. Workers killed at
   * random (a deploy, a crashed machine, bench:cluster's SIGKILL every 20 s) rarely catch the same
   * variant more than three times in a row; a variant that brings down every worker that runs it
   * (a poison input) is failed after this many + 1 worker deaths instead of crashing workers forever.
   */
  WORKER_MAX_STALLED_COUNT: z.coerce
    .number({ message: "WORKER_MAX_STALLED_COUNT must be a whole number" })
    .int("WORKER_MAX_STALLED_COUNT must be a whole number")
    .min(0, "WORKER_MAX_STALLED_COUNT must be 0 or more")
    .max(100, "WORKER_MAX_STALLED_COUNT must be at most 100")
    .default(8),
  /** Capped so that a live worker never looks dead to the health check or to another worker's claim. */
  HEARTBEAT_INTERVAL_MS: positiveInt
    .max(
      MAX_HEARTBEAT_INTERVAL_MS,
      `HEARTBEAT_INTERVAL_MS must be at most ${MAX_HEARTBEAT_INTERVAL_MS}: a worker silent for ${WORKER_ALIVE_WITHIN_MS} ms counts as dead`,
    )
    .default(5_000),
  /**
   * Besides on every Redis (re)connect, each worker re-enqueues generations PostgreSQL has as
   * QUEUED or RUNNING but the queue lacks this often: a request whose enqueue timed out under load
   * is picked up within this long.
   */
  WORKER_RECONCILE_EVERY_MS: positiveInt.default(60_000),
  /** SIGTERM waits this long for running solves, then interrupts them and hands them back to the queue. */
  WORKER_SHUTDOWN_TIMEOUT_MS: positiveInt.default(30_000),
  HOUSEKEEPING_EVERY_MS: positiveInt.default(60 * 60_000),
  /** DRAFT timetables of generations older than this are archived. */
  HOUSEKEEPING_ARCHIVE_AFTER_DAYS: positiveInt.default(30),
  /** A RUNNING job with no progress written for this long is failed. */
  HOUSEKEEPING_STUCK_AFTER_MS: positiveInt.default(60 * 60_000),
  /** UserSession rows revoked, or unused, for this long are deleted (1 or more: a cookie lives 12 h past its last use). */
  HOUSEKEEPING_SESSIONS_AFTER_DAYS: positiveInt.default(30),
});

export type TWorkerConfig = z.infer<typeof ZWorkerEnvSchema>;

export function readWorkerConfig(env: Env = process.env): TWorkerConfig {
  return readSection("worker", ZWorkerEnvSchema, env);
}

// --- Logs ------------------------------------------------------------------------------------------

const ZLogEnvSchema = z.object({
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** Default: pretty when stdout is a terminal (npm start), JSON lines otherwise (Docker, systemd). */
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  /** Append to this file instead of writing to stdout. */
  LOG_FILE: z.string().optional(),
  /** Between two "solver progress" lines of one variant. */
  LOG_SOLVER_PROGRESS_MS: positiveInt.default(5_000),
  /** The `proc` field of every line; default "worker" in the worker process, "web" elsewhere. */
  LOG_PROCESS_NAME: z.string().optional(),
});

export type TLogConfig = z.infer<typeof ZLogEnvSchema>;

export function readLogConfig(env: Env = process.env): TLogConfig {
  return readSection("log", ZLogEnvSchema, env);
}

// --- Metrics ---------------------------------------------------------------------------------------

const ZMetricsEnvSchema = z.object({
  /** Bearer token for GET /api/metrics (Prometheus); without it only signed-in admins may read them. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
});

export type TMetricsConfig = { token: string | undefined };

export function readMetricsConfig(env: Env = process.env): TMetricsConfig {
  return { token: readSection("metrics", ZMetricsEnvSchema, env).METRICS_TOKEN };
}
