-- The timetable editor's log: one row per operation, with the placements before and after, so the
-- page can show who changed what and undo/redo can replay it through the same checks.
CREATE TABLE "TimetableEdit" (
    "id" TEXT NOT NULL,
    "timetableId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorId" TEXT,
    "operation" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "scoreBefore" DOUBLE PRECISION NOT NULL,
    "scoreAfter" DOUBLE PRECISION NOT NULL,
    "hardBefore" INTEGER NOT NULL,
    "hardAfter" INTEGER NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimetableEdit_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TimetableEdit_timetableId_seq_key" ON "TimetableEdit"("timetableId", "seq");

ALTER TABLE "TimetableEdit" ADD CONSTRAINT "TimetableEdit_timetableId_fkey" FOREIGN KEY ("timetableId") REFERENCES "Timetable"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TimetableEdit" ADD CONSTRAINT "TimetableEdit_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
