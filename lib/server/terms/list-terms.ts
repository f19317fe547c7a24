/**
 * Terms a registrar can generate for, newest first, with their non-teaching days one date at a
 * time. Dates are calendar dates ("2026-07-01"): Term firstDay/lastDay are DATE columns, so no time
 * zone applies.
 */
import "server-only";
import { toIsoDate } from "@/lib/dates/iso-date";
import { prisma } from "@/lib/db";
import { expandNonTeachingDays, type NonTeachingDate } from "@/lib/domain/non-teaching-days";

export interface TermSummary {
  id: string;
  name: string;
  firstDay: string;
  lastDay: string;
  nonTeachingDays: NonTeachingDate[];
}

export async function listTerms(): Promise<TermSummary[]> {
  const terms = await prisma.term.findMany({
    orderBy: [{ firstDay: "desc" }, { name: "asc" }],
    select: { id: true, name: true, firstDay: true, lastDay: true, nonTeachingDays: { select: { firstDay: true, lastDay: true, label: true } } },
  });
  return terms.map(({ nonTeachingDays, ...term }) => {
    const firstDay = toIsoDate(term.firstDay);
    const lastDay = toIsoDate(term.lastDay);
    const ranges = nonTeachingDays.map((d) => ({ firstDay: toIsoDate(d.firstDay), lastDay: toIsoDate(d.lastDay), label: d.label }));
    return { ...term, firstDay, lastDay, nonTeachingDays: expandNonTeachingDays(ranges, { firstDay, lastDay }) };
  });
}
