/**
 * The published timetables that no longer fit their term's data (hard violations or meetings not
 * placed under the current data), for the warning on the registrar's home. Checks the published
 * timetable of the most recent terms only: older terms are over and nobody repairs them.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TTimetableCheck } from "@/lib/domain/timetable-changes";
import { checkTimetable } from "./check-timetable";

export interface BrokenPublication {
  timetableId: string;
  name: string;
  termName: string;
  check: TTimetableCheck;
}

export async function listBrokenPublications({ terms = 3 }: { terms?: number } = {}): Promise<BrokenPublication[]> {
  const published = await prisma.timetable.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ term: { firstDay: "desc" } }, { publishedAt: "desc" }],
    take: terms,
    select: { id: true, name: true, term: { select: { name: true } } },
  });
  const checked = await Promise.all(published.map(async (t) => ({ timetableId: t.id, name: t.name, termName: t.term.name, check: await checkTimetable({ timetableId: t.id }) })));
  return checked.filter((t) => !t.check.valid);
}
