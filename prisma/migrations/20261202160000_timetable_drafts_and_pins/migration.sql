-- Editable drafts based on another timetable, an optimistic-concurrency version, and pins that
-- belong to a timetable's entries (interactive editing and repair).
ALTER TABLE "Timetable" ADD COLUMN "baseTimetableId" TEXT;
ALTER TABLE "Timetable" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Timetable" ADD CONSTRAINT "Timetable_baseTimetableId_fkey" FOREIGN KEY ("baseTimetableId") REFERENCES "Timetable"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Timetable_baseTimetableId_idx" ON "Timetable"("baseTimetableId");

ALTER TABLE "TimetableEntry" ADD COLUMN "pinnedTime" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "TimetableEntry" ADD COLUMN "pinnedRoom" BOOLEAN NOT NULL DEFAULT false;
