/**
 * The term the registrar's data screens and home show: the one chosen with the term switcher (a
 * cookie), else a default (defaultTerm). A term deleted since it was chosen falls back to the default.
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

interface TermDates {
  firstDay: Date;
  lastDay: Date;
  createdAt: Date;
  published: boolean;
}

/**
 * The default among terms: of the terms running today (else those already started), one with a
 * published timetable first, then the latest-starting, then the one created first (the
 * university's own, not a copy made later); before any term starts, the soonest.
 */
export function defaultTerm<T extends TermDates>(terms: T[], today: string): T | undefined {
  const started = terms.filter((t) => toIsoDate(t.firstDay) <= today);
  const running = started.filter((t) => today <= toIsoDate(t.lastDay));
  const pool = running.length > 0 ? running : started.length > 0 ? started : terms;
  const upcoming = started.length === 0;
  const byStart = (a: T, b: T) => (upcoming ? a.firstDay.getTime() - b.firstDay.getTime() : b.firstDay.getTime() - a.firstDay.getTime());
  const byPublished = (a: T, b: T) => Number(b.published) - Number(a.published);
  const byCreated = (a: T, b: T) => a.createdAt.getTime() - b.createdAt.getTime();
  // Upcoming terms: the soonest first, whatever is published; otherwise a published one first.
  return [...pool].sort((a, b) => (upcoming ? byStart(a, b) || byPublished(a, b) : byPublished(a, b) || byStart(a, b)) || byCreated(a, b))[0];
}

export async function getCurrentTerm(requestedId?: string): Promise<CurrentTerm> {
  const rows = await prisma.term.findMany({
    select: { id: true, name: true, firstDay: true, lastDay: true, createdAt: true, _count: { select: { timetables: { where: { status: "PUBLISHED" } } } } },
    orderBy: [{ firstDay: "desc" }, { createdAt: "desc" }],
  });
  const chosenId = requestedId ?? (await cookies()).get(CURRENT_TERM_COOKIE)?.value;
  const chosen = rows.find((t) => t.id === chosenId) ?? defaultTerm(rows.map((t) => ({ ...t, published: t._count.timetables > 0 })), toIsoDate(new Date()));
  return { term: chosen ? { id: chosen.id, name: chosen.name } : null, terms: rows.map((t) => ({ id: t.id, name: t.name })) };
}
