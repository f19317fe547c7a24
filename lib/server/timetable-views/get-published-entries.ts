// One timetable view as plain data: the term, the timetable, what is being viewed, the grid's
// periods and the meetings. The JSON route returns it as is; the CSV and ICS exports format it.
import "server-only";
import { BoundedCache } from "@/lib/server/cache/bounded-cache";
import { loadViewEntries } from "./load-view-entries";
import { resolveViewScope } from "./resolve-view-scope";
import { resolveViewTimetable } from "./resolve-view-timetable";
import type { TTimetableQuery } from "@/lib/domain/timetable-query";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { toTimetableViewRows } from "./timetable-view-row";
import type { TimetableViewer } from "./view-access-rules";
import { viewDataChanges } from "./view-data-changes";

export type GetPublishedEntriesOptions = {
  viewer: TimetableViewer;
  query: TTimetableQuery;
};

// Every view request (page data, .ics, .csv, calendar feeds) lands here, and at the start of a term
// thousands of people open the same few hundred views again and again. A view depends only on who
// asks (their id, role and department, as the access rules see them), what they ask for, and the
// database, so it is kept until the database changes (view-data-changes.ts). The time limit is only
// a backstop. Size: a personal view is ~4 KB, a department's a few hundred KB.
const VIEW_TTL_MS = 10 * 60_000;
const MAX_CACHED_VIEWS = 10_000;
const views = new BoundedCache<TimetableView>({ maxEntries: MAX_CACHED_VIEWS, ttlMs: VIEW_TTL_MS, validity: viewDataChanges });

/**
 * The view a viewer asked for, or the AppError saying why not (errors are never cached). Read-only:
 * the object is shared by every request for the same view until the data changes.
 */
export function getPublishedEntries({ viewer, query }: GetPublishedEntriesOptions): Promise<TimetableView> {
  const key = JSON.stringify([viewer.id, viewer.role, viewer.departmentId, query.scope, query.id, query.termId, query.timetableId]);
  return views.get(key, () => buildTimetableView({ viewer, query }));
}

async function buildTimetableView({ viewer, query }: GetPublishedEntriesOptions): Promise<TimetableView> {
  const timetable = await resolveViewTimetable({ viewer, termId: query.termId, timetableId: query.timetableId });
  const view = await resolveViewScope({ viewer, scope: query.scope, id: query.id, timetableId: timetable.id });
  const entries = await loadViewEntries({ timetableId: timetable.id, filter: view.filter });
  const { term } = timetable;
  return {
    term: {
      id: term.id,
      name: term.name,
      timezone: term.timezone,
      firstDay: term.firstDay,
      lastDay: term.lastDay,
      workingDays: term.workingDays,
      nonTeachingDays: term.nonTeachingDays,
    },
    timetable: {
      id: timetable.id,
      name: timetable.name,
      status: timetable.status,
      publishedAt: timetable.publishedAt?.toISOString() ?? null,
    },
    view: { scope: view.scope, id: view.id, label: view.label, scopeKey: view.scopeKey },
    periods: term.periods,
    rows: toTimetableViewRows(entries, term.periods),
  };
}
