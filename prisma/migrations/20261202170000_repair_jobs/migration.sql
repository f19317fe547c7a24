-- A repair is a generation job of kind REPAIR on the same queue and worker: its one variant starts
-- from baseTimetableId's placements and saves a new DRAFT based on it.
CREATE TYPE "JobKind" AS ENUM ('GENERATION', 'REPAIR');
ALTER TABLE "GenerationJob" ADD COLUMN "kind" "JobKind" NOT NULL DEFAULT 'GENERATION';
ALTER TABLE "GenerationJob" ADD COLUMN "baseTimetableId" TEXT;
ALTER TABLE "GenerationJob" ADD CONSTRAINT "GenerationJob_baseTimetableId_fkey" FOREIGN KEY ("baseTimetableId") REFERENCES "Timetable"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "GenerationJob_baseTimetableId_idx" ON "GenerationJob"("baseTimetableId");
