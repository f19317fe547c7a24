-- A worker that cannot reach Redis runs queued generations straight from PostgreSQL: it claims the
-- row (claimedBy = its WorkerHeartbeat id), and queue processors leave a claimed job alone.
ALTER TABLE "GenerationJob" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "GenerationJob" ADD COLUMN "claimedAt" TIMESTAMP(3);
