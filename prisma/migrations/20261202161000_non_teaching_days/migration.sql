-- A term's non-teaching days (issue 14): single days and ranges, each with a label.
CREATE TABLE "NonTeachingDay" (
    "id" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "NonTeachingDay_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "NonTeachingDay_termId_firstDay_idx" ON "NonTeachingDay"("termId", "firstDay");

ALTER TABLE "NonTeachingDay" ADD CONSTRAINT "NonTeachingDay_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Views and calendars show them: cached views are dropped when they change (see
-- 20261202000000_view_data_change_notifications).
CREATE TRIGGER "NonTeachingDay_view_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "NonTeachingDay"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_timetable_view_data_changed"();
