/** A term's non-teaching days as stored (single days and ranges), in date order. */
import "server-only";
import { toIsoDate } from "@/lib/dates/iso-date";
import { prisma } from "@/lib/db";

export async function listNonTeachingDays({ termId }: { termId: string }) {
  const rows = await prisma.nonTeachingDay.findMany({ where: { termId }, orderBy: [{ firstDay: "asc" }, { label: "asc" }] });
  return rows.map((r) => ({ id: r.id, firstDay: toIsoDate(r.firstDay), lastDay: toIsoDate(r.lastDay), label: r.label }));
}
