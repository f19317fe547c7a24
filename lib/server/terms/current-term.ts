/**
 * The term the registrar's data screens show: the one chosen with the term switcher (a cookie), else
 * the term running today, else the one that starts latest. Imported benchmark terms (dated 2007)
 * are never the default, and a term deleted since it was chosen falls back to the default.
 */
import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { toIsoDate } from "@/lib/dates/iso-date";

export const CURRENT_TERM_COOKIE = "timetabler-term";

export interface TermChoice {
  id: string;
  name: string;
}

export interface CurrentTerm {
  term: TermChoice | null;
  terms: TermChoice[];
}

/** The default among terms (newest first by first day): the one running on `today`, else the newest. */
export function defaultTerm<T extends { firstDay: Date; lastDay: Date }>(terms: T[], today: string): T | undefined {
  return terms.find((t) => toIsoDate(t.firstDay) <= today && today <= toIsoDate(t.lastDay)) ?? terms[0];
}

export async function getCurrentTerm(requestedId?: string): Promise<CurrentTerm> {
  const rows = await prisma.term.findMany({
    select: { id: true, name: true, firstDay: true, lastDay: true },
    orderBy: [{ firstDay: "desc" }, { createdAt: "desc" }],
  });
  const chosenId = requestedId ?? (await cookies()).get(CURRENT_TERM_COOKIE)?.value;
  const chosen = rows.find((t) => t.id === chosenId) ?? defaultTerm(rows, toIsoDate(new Date()));
  return { term: chosen ? { id: chosen.id, name: chosen.name } : null, terms: rows.map((t) => ({ id: t.id, name: t.name })) };
}
