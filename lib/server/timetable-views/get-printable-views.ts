// The week grids to print for a query, one per A4 page: a department prints as one grid per batch
// (a single grid holding every batch's classes would be unreadable); anything else is one grid.
import "server-only";
import { prisma } from "@/lib/db";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { getPublishedEntries } from "./get-published-entries";
import type { TTimetableQuery } from "@/lib/domain/timetable-query";
import type { TimetableViewer } from "./view-access-rules";

export type GetPrintableViewsOptions = { viewer: TimetableViewer; query: TTimetableQuery };

export async function getPrintableViews({ viewer, query }: GetPrintableViewsOptions): Promise<TimetableView[]> {
  // Resolving the requested view first is the access check: a department the viewer may not see
  // fails here, before its batches are listed.
  const requested = await getPublishedEntries({ viewer, query });
  if (query.scope !== "department" || !query.id) return [requested];

  const batches = await prisma.batch.findMany({ where: { departmentId: query.id }, select: { id: true }, orderBy: { code: "asc" } });
  const perBatch = [];
  for (const batch of batches) {
    // Same timetable as the department view, even if a publication lands while printing.
    perBatch.push(await getPublishedEntries({ viewer, query: { scope: "batch", id: batch.id, timetableId: requested.timetable.id } }));
  }
  const withClasses = perBatch.filter((view) => view.rows.length > 0);
  return withClasses.length > 0 ? withClasses : [requested];
}
