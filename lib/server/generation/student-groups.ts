/**
 * Groups of kind "students": students who take offerings beyond their batch's must not have those
 * clash with their batch's own classes (or with each other). One group per distinct combination of
 * batch and extra offerings, however many students share it, so a popular elective adds one group,
 * not hundreds. Pure.
 */
import "server-only";
import type { SolverGroup } from "@/lib/solver/types";
import type { SnapshotStudent } from "./term-snapshot";

export interface StudentGroupsOptions {
  students: SnapshotStudent[];
  /** batchId -> the batch's code and its offerings in scope. */
  batches: Map<string, { code: string; offeringIds: string[] }>;
  /** Offerings being scheduled; extras outside it cannot clash with anything in this run. */
  offeringIdsInScope: Set<string>;
  /** Short label of an offering for group names, e.g. "CS405". */
  offeringLabel: (offeringId: string) => string;
}

export function buildStudentGroups({ students, batches, offeringIdsInScope, offeringLabel }: StudentGroupsOptions): SolverGroup[] {
  const combinations = new Map<string, { batchId: string; extras: string[]; students: number }>();
  for (const student of students) {
    const batch = batches.get(student.batchId);
    if (!batch) continue; // the student's batch takes nothing in scope: their extras form no clash set here
    const own = new Set(batch.offeringIds);
    const extras = [...new Set(student.extraOfferingIds)].filter((id) => offeringIdsInScope.has(id) && !own.has(id)).sort();
    if (extras.length === 0) continue; // same as the batch group
    const key = `${student.batchId}|${extras.join(",")}`;
    const existing = combinations.get(key);
    if (existing) existing.students += 1;
    else combinations.set(key, { batchId: student.batchId, extras, students: 1 });
  }

  return [...combinations.values()]
    .sort((a, b) => (a.batchId + a.extras.join()).localeCompare(b.batchId + b.extras.join()))
    .map(({ batchId, extras, students: count }, index) => {
      const batch = batches.get(batchId)!;
      return {
        id: `students:${batchId}:${index}`,
        name: `${batch.code} + ${extras.map(offeringLabel).join(", ")} (${count} ${count === 1 ? "student" : "students"})`,
        kind: "students",
        offeringIds: [...batch.offeringIds, ...extras],
        // Only clashes matter for these: compactness is judged on the batch, which most of them attend.
        compact: false,
      } satisfies SolverGroup;
    });
}
