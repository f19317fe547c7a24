-- A generation job's progress, stage and best score are worked out from its variants on read
-- (lib/domain/generation-figures.ts) instead of being copied onto the job row by every progress
-- write; the copies go. Nothing else depends on these columns.
ALTER TABLE "GenerationJob" DROP COLUMN "progress",
DROP COLUMN "stage",
DROP COLUMN "bestScore";
