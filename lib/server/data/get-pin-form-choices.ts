/**
 * The pin form's choices in the registrar's words: the term's working days by name, its periods by
 * number and time ("P1 · 09:00–09:50"), and meetings numbered from 1 ("Meeting 2"), while the form
 * still sends the stored values (ISO day, 0-based period and meeting index).
 */
import "server-only";
import { prisma } from "@/lib/db";
import { isoDayFullName } from "@/lib/domain/day-names";

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

export async function getPinFormChoices({ termId }: { termId?: string }) {
  const term = termId
    ? await prisma.term.findUnique({ where: { id: termId }, select: { workingDays: true, periods: { select: { index: true, startTime: true, endTime: true }, orderBy: { index: "asc" } } } })
    : null;
  const most = termId ? await prisma.offering.aggregate({ where: { termId }, _max: { meetingsPerWeek: true } }) : null;
  const meetings = Math.max(1, most?._max.meetingsPerWeek ?? 6);
  const days = term && term.workingDays.length > 0 ? [...term.workingDays].sort((a, b) => a - b) : ALL_DAYS;
  return {
    days: days.map((d) => ({ value: String(d), label: isoDayFullName(d) })),
    periods: term?.periods.length
      ? term.periods.map((p) => ({ value: String(p.index), label: `P${p.index + 1} · ${p.startTime}–${p.endTime}` }))
      : Array.from({ length: 16 }, (_, i) => ({ value: String(i), label: `P${i + 1}` })),
    meetings: Array.from({ length: meetings }, (_, i) => ({ value: String(i), label: `Meeting ${i + 1}` })),
  };
}
