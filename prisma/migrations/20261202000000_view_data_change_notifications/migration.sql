-- Timetable views are cached in every web process until the data they were built from changes
-- (lib/server/timetable-views/view-data-changes.ts). Any write to a table that a view reads
-- notifies the channel "timetable_view_data" when its transaction commits, so every process, on
-- every machine sharing this database, drops its cached views at once, whoever wrote: the web app,
-- the worker, a CSV import, the seed or psql.
--
-- Statement-level triggers: one notification per statement, not per row (a timetable's entries
-- are one INSERT of hundreds of rows). PostgreSQL folds identical notifications of a transaction
-- into one. Tables written on every request or job tick (LoginThrottle, CalendarToken.lastUsedAt,
-- GenerationJob, GenerationVariant, WorkerHeartbeat, AuditLog) are deliberately not watched: views
-- do not read them, and a notification per poll would empty the caches all day long.
CREATE FUNCTION "notify_timetable_view_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('timetable_view_data', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY[
    'Term', 'Period', 'Department', 'Room', 'User', 'FacultyProfile', 'StudentProfile',
    'StudentExtraOffering', 'Subject', 'Batch', 'Offering', 'OfferingBatch', 'Timetable', 'TimetableEntry'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "notify_timetable_view_data_changed"()',
      watched || '_view_data_changed', watched
    );
  END LOOP;
END
$$;
