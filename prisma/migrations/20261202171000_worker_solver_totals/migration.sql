-- Solver work done by each worker process since it started, for the Prometheus endpoint
-- (/api/metrics): runs, moves evaluated, seconds spent solving. Written by the solver threads.
ALTER TABLE "WorkerHeartbeat" ADD COLUMN "solverRuns" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "WorkerHeartbeat" ADD COLUMN "solverMoves" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "WorkerHeartbeat" ADD COLUMN "solverSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0;
