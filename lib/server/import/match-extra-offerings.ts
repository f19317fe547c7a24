/**
 * Finds the offering each extra-offerings CSV row names: the term's one offering of the subject or,
 * when the subject is offered more than once that term (to different batches), the one whose
 * batches are exactly those listed. An offering the student's own batch already takes is refused:
 * the student would count twice towards its class size.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExtraOfferingCsvRow } from "@/lib/formats/csv/csv-entity-specs";

export type ExtraOfferingMatch = { studentId: string; offeringId: string } | { column: string; message: string };

interface CandidateOffering {
  id: string;
  batchIds: Set<string>;
  batchCodes: string[];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(";") === [...b].sort().join(";");

export async function matchExtraOfferings(tx: Prisma.TransactionClient, rows: ExtraOfferingCsvRow[]): Promise<ExtraOfferingMatch[]> {
  const students = new Map(
    (
      await tx.studentProfile.findMany({
        where: { user: { email: { in: [...new Set(rows.map((r) => r.student_email))] } } },
        select: { id: true, batchId: true, batch: { select: { code: true } }, user: { select: { email: true } } },
      })
    ).map((s) => [s.user.email.toLowerCase(), s]),
  );
  const offerings = await tx.offering.findMany({
    where: { term: { name: { in: [...new Set(rows.map((r) => r.term))] } }, subject: { code: { in: [...new Set(rows.map((r) => r.subject_code))] } } },
    select: { id: true, term: { select: { name: true } }, subject: { select: { code: true } }, batches: { select: { batchId: true, batch: { select: { code: true } } } } },
  });
  const byTermAndSubject = new Map<string, CandidateOffering[]>();
  for (const o of offerings) {
    const key = `${o.term.name}|${o.subject.code}`;
    const candidate = { id: o.id, batchIds: new Set(o.batches.map((b) => b.batchId)), batchCodes: o.batches.map((b) => b.batch.code).sort() };
    byTermAndSubject.set(key, [...(byTermAndSubject.get(key) ?? []), candidate]);
  }

  return rows.map((r): ExtraOfferingMatch => {
    const student = students.get(r.student_email);
    if (!student) return { column: "student_email", message: `no student has this email "${r.student_email}"` };
    const candidates = byTermAndSubject.get(`${r.term}|${r.subject_code}`) ?? [];
    const offeredTo = candidates.map((c) => c.batchCodes.join("; ")).join(" | ");
    if (candidates.length === 0) return { column: "subject_code", message: `${r.subject_code} is not offered in ${r.term}` };
    let offering: CandidateOffering | undefined;
    if (r.batch_codes.length > 0) {
      offering = candidates.find((c) => sameSet(c.batchCodes, r.batch_codes));
      if (!offering) return { column: "batch_codes", message: `no offering of ${r.subject_code} in ${r.term} is for exactly these batches; it is offered to ${offeredTo}` };
    } else if (candidates.length > 1) {
      return { column: "batch_codes", message: `${r.subject_code} is offered ${candidates.length} times in ${r.term} (to ${offeredTo}): name the offering's batches` };
    } else {
      offering = candidates[0];
    }
    if (offering.batchIds.has(student.batchId)) {
      return { column: "student_email", message: `${r.student_email}'s batch ${student.batch.code} already takes this offering` };
    }
    return { studentId: student.id, offeringId: offering.id };
  });
}
