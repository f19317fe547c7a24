/**
 * Extra-offering rows: add each (student, offering) pair. Additive: a student's other extra
 * offerings stay (the student form replaces the whole list), and a pair already recorded is
 * counted as updated, so importing the same file twice changes nothing.
 */
import "server-only";
import type { RowWriter } from "./import-types";
import { matchExtraOfferings } from "./match-extra-offerings";
import { isRowProblem } from "./match-offering";

export const writeExtraOfferingRows: RowWriter<"extra-offerings"> = async (tx, rows) => {
  const pairs = new Map<string, { studentId: string; offeringId: string }>();
  for (const match of await matchExtraOfferings(tx, rows)) {
    // The preview in this same transaction found every row's offering; a miss here is a bug.
    if (isRowProblem(match)) throw new Error(`extra offering row not checked before writing: ${match.message}`);
    pairs.set(`${match.studentId}|${match.offeringId}`, match);
  }
  const { count: created } = await tx.studentExtraOffering.createMany({ data: [...pairs.values()], skipDuplicates: true });
  return { created, updated: pairs.size - created };
};
