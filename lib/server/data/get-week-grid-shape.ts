/**
 * The days and periods an availability grid shows. Availability is stored per ISO weekday and
 * period index, not per term, so the grid follows the latest term's week; without any term it
 * shows Monday to Saturday with eight numbered periods.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { isoDayName } from "@/lib/domain/day-names";

export interface WeekGridShape {
  days: { day: number; label: string }[];
  periods: { period: number; label: string }[];
}

export async function getWeekGridShape(): Promise<WeekGridShape> {
  const term = await prisma.term.findFirst({
    orderBy: [{ firstDay: "desc" }, { createdAt: "desc" }],
    select: { workingDays: true, periods: { select: { index: true, startTime: true }, orderBy: { index: "asc" } } },
  });
  const workingDays = term && term.workingDays.length > 0 ? [...term.workingDays].sort((a, b) => a - b) : [1, 2, 3, 4, 5, 6];
  const periods =
    term && term.periods.length > 0
      ? term.periods.map((p) => ({ period: p.index, label: p.startTime }))
      : Array.from({ length: 8 }, (_, i) => ({ period: i, label: `P${i + 1}` }));
  return { days: workingDays.map((day) => ({ day, label: isoDayName(day) })), periods };
}
