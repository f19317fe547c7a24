-- The version of a timetable that a from-scratch evaluate() last scored (see schema.prisma): an edit
-- stores the incremental figures at once and evaluate() catches up right after the commit.
ALTER TABLE "Timetable" ADD COLUMN "scoredVersion" INTEGER NOT NULL DEFAULT 0;
