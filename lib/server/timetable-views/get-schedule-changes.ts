// "What changed since the last publication" for one view: the view's meetings in the timetable
// being shown against the same view of the timetable published before it in the same term (now
// ARCHIVED). No previous publication, or a draft being previewed, means no list.
import "server-only";
import { prisma } from "@/lib/db";
import { diffScheduleRows } from "./diff-schedule-rows";
import { loadViewEntries } from "./load-view-entries";
import { resolveViewScope } from "./resolve-view-scope";
import { resolveViewTimetable } from "./resolve-view-timetable";
import type { TTimetableQuery } from "@/lib/domain/timetable-query";
import { toTimetableViewRows } from "./timetable-view-row";
import type { TimetableViewer } from "./view-access-rules";
import type { ScheduleChanges } from "@/lib/domain/timetable-view";

export type GetScheduleChangesOptions = {
  viewer: TimetableViewer;
  query: TTimetableQuery;
};

export async function getScheduleChanges({ viewer, query }: GetScheduleChangesOptions): Promise<ScheduleChanges> {
  const timetable = await resolveViewTimetable({ viewer, termId: query.termId, timetableId: query.timetableId });
  const view = await resolveViewScope({ viewer, scope: query.scope, id: query.id, timetableId: timetable.id });
  const current = { timetableId: timetable.id, publishedAt: timetable.publishedAt?.toISOString() ?? null };
  if (!timetable.publishedAt) return { current, previous: null, changes: [] };

  const previous = await prisma.timetable.findFirst({
    where: { termId: timetable.term.id, status: "ARCHIVED", publishedAt: { not: null, lt: timetable.publishedAt } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, publishedAt: true },
  });
  if (!previous?.publishedAt) return { current, previous: null, changes: [] };

  const [currentEntries, previousEntries] = await Promise.all(
    [timetable.id, previous.id].map((timetableId) => loadViewEntries({ timetableId, filter: view.filter })),
  );
  const periods = timetable.term.periods;
  return {
    current,
    previous: { timetableId: previous.id, publishedAt: previous.publishedAt.toISOString() },
    changes: diffScheduleRows(toTimetableViewRows(previousEntries, periods), toTimetableViewRows(currentEntries, periods)),
  };
}
