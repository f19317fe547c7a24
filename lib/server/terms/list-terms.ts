/**
 * Terms a registrar can generate for, newest first. Dates are calendar dates ("2026-07-01"): Term
 * firstDay/lastDay are DATE columns, so no time zone applies.
 */
import { prisma } from "@/lib/db";

export interface TermSummary {
  id: string;
  name: string;
  firstDay: string;
  lastDay: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export async function listTerms(): Promise<TermSummary[]> {
  const terms = await prisma.term.findMany({
    orderBy: [{ firstDay: "desc" }, { name: "asc" }],
    select: { id: true, name: true, firstDay: true, lastDay: true },
  });
  return terms.map((term) => ({ ...term, firstDay: isoDate(term.firstDay), lastDay: isoDate(term.lastDay) }));
}
