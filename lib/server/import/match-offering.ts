/**
 * Finds the offering a CSV row names by term, subject and (optionally) batches: the term's one
 * offering of the subject or, when the subject is offered more than once that term, the one whose
 * batches are exactly those listed. Shared by the rows that refer to offerings (extra offerings,
 * fixed slots); load the candidates once per file, then pick per row.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferingReferenceCells } from "@/lib/formats/csv/csv-schedule-rows";

export interface CandidateOffering {
  id: string;
  termId: string;
  batchIds: Set<string>;
  batchCodes: string[];
  meetingsPerWeek: number;
  meetingLength: number;
  /** The room type its meetings need (the offering's own, else its subject's). */
  roomType: string;
}

export type OfferingCandidates = Map<string, CandidateOffering[]>;

export type RowProblem = { column: string; message: string };

const keyOf = (term: string, subjectCode: string) => `${term}|${subjectCode}`;
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(";") === [...b].sort().join(";");

export async function loadOfferingCandidates(tx: Prisma.TransactionClient, rows: OfferingReferenceCells[]): Promise<OfferingCandidates> {
  const offerings = await tx.offering.findMany({
    where: { term: { name: { in: [...new Set(rows.map((r) => r.term))] } }, subject: { code: { in: [...new Set(rows.map((r) => r.subject_code))] } } },
    select: {
      id: true,
      termId: true,
      meetingsPerWeek: true,
      meetingLength: true,
      roomType: true,
      term: { select: { name: true } },
      subject: { select: { code: true, roomType: true } },
      batches: { select: { batchId: true, batch: { select: { code: true } } } },
    },
  });
  const candidates: OfferingCandidates = new Map();
  for (const o of offerings) {
    const key = keyOf(o.term.name, o.subject.code);
    const candidate: CandidateOffering = {
      id: o.id,
      termId: o.termId,
      batchIds: new Set(o.batches.map((b) => b.batchId)),
      batchCodes: o.batches.map((b) => b.batch.code).sort(),
      meetingsPerWeek: o.meetingsPerWeek,
      meetingLength: o.meetingLength,
      roomType: o.roomType ?? o.subject.roomType,
    };
    const sameSubject = candidates.get(key);
    if (sameSubject) sameSubject.push(candidate);
    else candidates.set(key, [candidate]);
  }
  return candidates;
}

export function pickOffering(candidates: OfferingCandidates, row: OfferingReferenceCells): CandidateOffering | RowProblem {
  const found = candidates.get(keyOf(row.term, row.subject_code)) ?? [];
  const offeredTo = found.map((c) => c.batchCodes.join("; ")).join(" | ");
  if (found.length === 0) return { column: "subject_code", message: `${row.subject_code} is not offered in ${row.term}` };
  if (row.batch_codes.length > 0) {
    const offering = found.find((c) => sameSet(c.batchCodes, row.batch_codes));
    return offering ?? { column: "batch_codes", message: `no offering of ${row.subject_code} in ${row.term} is for exactly these batches; it is offered to ${offeredTo}` };
  }
  if (found.length > 1) {
    return { column: "batch_codes", message: `${row.subject_code} is offered ${found.length} times in ${row.term} (to ${offeredTo}): name the offering's batches` };
  }
  return found[0];
}

export function isRowProblem<T extends object>(value: T | RowProblem): value is RowProblem {
  return "message" in value;
}
