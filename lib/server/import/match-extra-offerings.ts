/**
 * Finds the student and the offering of each extra-offerings CSV row (match-offering.ts). An
 * offering the student's own batch already takes is refused: the student would count twice
 * towards its class size.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExtraOfferingCsvRow } from "@/lib/formats/csv/csv-entity-specs";
import { isRowProblem, loadOfferingCandidates, pickOffering, type RowProblem } from "./match-offering";

export type ExtraOfferingMatch = { studentId: string; offeringId: string } | RowProblem;

export async function matchExtraOfferings(tx: Prisma.TransactionClient, rows: ExtraOfferingCsvRow[]): Promise<ExtraOfferingMatch[]> {
  const students = new Map(
    (
      await tx.studentProfile.findMany({
        where: { user: { email: { in: [...new Set(rows.map((r) => r.student_email))] } } },
        select: { id: true, batchId: true, batch: { select: { code: true } }, user: { select: { email: true } } },
      })
    ).map((s) => [s.user.email.toLowerCase(), s]),
  );
  const candidates = await loadOfferingCandidates(tx, rows);

  return rows.map((r): ExtraOfferingMatch => {
    const student = students.get(r.student_email);
    if (!student) return { column: "student_email", message: `no student has this email "${r.student_email}"` };
    const offering = pickOffering(candidates, r);
    if (isRowProblem(offering)) return offering;
    if (offering.batchIds.has(student.batchId)) {
      return { column: "student_email", message: `${r.student_email}'s batch ${student.batch.code} already takes this offering` };
    }
    return { studentId: student.id, offeringId: offering.id };
  });
}
