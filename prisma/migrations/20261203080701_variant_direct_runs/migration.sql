-- A variant run straight from PostgreSQL (Redis down) counts its runs that did not end, so that one
-- which kills every worker running it is given up after WORKER_MAX_STALLED_COUNT + 1 deaths, as
-- BullMQ's stall count does under the queue. Additive: old workers ignore it.
ALTER TABLE "GenerationVariant" ADD COLUMN "directRuns" INTEGER NOT NULL DEFAULT 0;
