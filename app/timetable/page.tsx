import type { Metadata } from "next";
import { initialTimetableQuery, hasOwnWeek, parseSearchParamsQuery, type RawSearchParams } from "@/components/timetable/initial-timetable-query";
import { TimetableExplorer } from "@/components/timetable/timetable-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getViewChoices } from "@/lib/server/timetable-views/get-view-choices";

export const metadata: Metadata = { title: "Timetable" };

function termIdOf(params: RawSearchParams): string[] {
  const termId = parseSearchParamsQuery(params)?.termId;
  return termId ? [termId] : [];
}

export default async function TimetablePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser({ permission: "timetable.viewOwn" });
  const params = await searchParams;
  // A term named in the URL gets its lists even when it has no published timetable (yet).
  const choices = await getViewChoices({ viewer: user, termIds: termIdOf(params) });
  const initialQuery = initialTimetableQuery(user, params, choices);

  return (
    <>
      <PageHeader title="Timetable" description="The published week, as a grid, a download, or a calendar subscription." />
      <TimetableExplorer initialQuery={initialQuery} choices={choices} offerOwnWeek={hasOwnWeek(user.role)} syncUrl />
    </>
  );
}
