/**
 * When a worker process counts as alive: its WorkerHeartbeat row was written within
 * WORKER_ALIVE_WITHIN_MS. The health check, the metrics and the PostgreSQL claims of generations
 * (a claim whose worker looks dead may be taken over) all read this one window, and the worker's
 * heartbeat interval is capped from it, so a live worker never looks dead between two beats.
 */
export const WORKER_ALIVE_WITHIN_MS = 30_000;

/** Longest heartbeat interval allowed: a live worker may miss two beats and still count as alive. */
export const MAX_HEARTBEAT_INTERVAL_MS = WORKER_ALIVE_WITHIN_MS / 3;
