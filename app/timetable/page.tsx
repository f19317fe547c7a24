import type { Metadata } from "next";
import { initialTimetableQuery, hasOwnWeek, type RawSearchParams } from "@/components/timetable/initial-timetable-query";
import { TimetableExplorer } from "@/components/timetable/timetable-explorer";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getViewChoices } from "@/lib/server/timetable-views/get-view-choices";

export const metadata: Metadata = { title: "Timetable" };

export default async function TimetablePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser({ permission: "timetable.viewOwn" });
  const choices = await getViewChoices({ viewer: user });
  const initialQuery = initialTimetableQuery(user, await searchParams, choices);

  return (
    <>
      <PageHeader title="Timetable" description="The published week, as a grid, a download, or a calendar subscription." />
      <TimetableExplorer initialQuery={initialQuery} choices={choices} offerOwnWeek={hasOwnWeek(user.role)} syncUrl />
    </>
  );
}
