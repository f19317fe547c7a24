/** Offerings as { value, label } ("CS301 Data Structures · CSE-3A · 2026-27 Odd"), for pickers. */
import "server-only";
import { prisma } from "@/lib/db";

export async function listOfferingOptions({ termId }: { termId?: string } = {}) {
  const rows = await prisma.offering.findMany({
    where: termId ? { termId } : undefined,
    select: { id: true, subject: { select: { code: true, name: true } }, term: { select: { name: true } }, batches: { select: { batch: { select: { code: true } } } } },
    orderBy: [{ term: { name: "asc" } }, { subject: { code: "asc" } }],
  });
  return rows.map((o) => ({
    value: o.id,
    label: `${o.subject.code} ${o.subject.name} · ${o.batches.map((b) => b.batch.code).join(", ") || "no batch"} · ${o.term.name}`,
  }));
}
