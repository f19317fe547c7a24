/** Non-teaching day rows: a term's day or range is created, or its label updated on re-import. */
import "server-only";
import { fromIsoDate } from "@/lib/dates/iso-date";
import type { RowWriter } from "./import-types";

export const writeNonTeachingDayRows: RowWriter<"non-teaching-days"> = async (tx, rows) => {
  const terms = new Map((await tx.term.findMany({ where: { name: { in: [...new Set(rows.map((r) => r.term))] } }, select: { id: true, name: true } })).map((t) => [t.name, t.id]));
  let created = 0;
  let updated = 0;
  for (const r of rows) {
    const key = { termId: terms.get(r.term)!, firstDay: fromIsoDate(r.first_day), lastDay: fromIsoDate(r.last_day) };
    const existing = await tx.nonTeachingDay.findFirst({ where: key, select: { id: true } });
    if (existing) {
      await tx.nonTeachingDay.update({ where: { id: existing.id }, data: { label: r.label } });
      updated++;
    } else {
      await tx.nonTeachingDay.create({ data: { ...key, label: r.label } });
      created++;
    }
  }
  return { created, updated };
};
