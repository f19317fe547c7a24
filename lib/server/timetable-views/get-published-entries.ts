// One timetable view as plain data: the term, the timetable, what is being viewed, the grid's
// periods and the meetings. The JSON route returns it as is; the CSV and ICS exports format it.
import "server-only";
import type { TimetableStatus } from "@/lib/generated/prisma/enums";
import { loadViewEntries } from "./load-view-entries";
import { resolveViewScope } from "./resolve-view-scope";
import { resolveViewTimetable } from "./resolve-view-timetable";
import type { TTimetableQuery, TViewScope } from "./timetable-query.types";
import { toTimetableViewRows, type PeriodTimes, type TimetableViewRow } from "./timetable-view-row";
import type { TimetableViewer } from "./view-access-rules";

export type TimetableView = {
  term: { id: string; name: string; timezone: string; firstDay: string; lastDay: string; workingDays: number[] };
  timetable: { id: string; name: string; status: TimetableStatus; publishedAt: string | null };
  view: { scope: TViewScope; id: string | null; label: string; scopeKey: string };
  periods: PeriodTimes[];
  rows: TimetableViewRow[];
};

export type GetPublishedEntriesOptions = {
  viewer: TimetableViewer;
  query: TTimetableQuery;
};

export async function getPublishedEntries({ viewer, query }: GetPublishedEntriesOptions): Promise<TimetableView> {
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
