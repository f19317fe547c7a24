/** Adds a non-teaching day (or range) to a term, inside the term's dates, with its audit entry. */
import "server-only";
import { fromIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import { prisma } from "@/lib/db";
import type { TNonTeachingDayInput } from "@/lib/validation/non-teaching-day";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldInvalid, notFound } from "./data-errors";

export async function saveNonTeachingDay({ input, actorId }: { input: TNonTeachingDayInput; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const term = await tx.term.findUnique({ where: { id: input.termId }, select: { firstDay: true, lastDay: true } });
    if (!term) throw notFound("Term");
    const [first, last] = [toIsoDate(term.firstDay), toIsoDate(term.lastDay)];
    if (input.firstDay < first || input.firstDay > last) throw fieldInvalid("firstDay", `must be within the term (${first} to ${last})`);
    if (input.lastDay > last) throw fieldInvalid("lastDay", `must be within the term (${first} to ${last})`);
    const row = await tx.nonTeachingDay.create({
      data: { termId: input.termId, firstDay: fromIsoDate(input.firstDay), lastDay: fromIsoDate(input.lastDay), label: input.label },
    });
    await recordAudit(tx, { actorId, action: "create", entity: "NonTeachingDay", entityId: row.id, after: input });
    return { id: row.id };
  });
}
