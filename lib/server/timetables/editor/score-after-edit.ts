/**
 * The from-scratch evaluate() of an edited timetable, run right after the edit's transaction has
 * committed rather than inside it: at the size of a whole university (6,720 meetings) it takes
 * 100-250 ms of CPU and writes a violation list of thousands of rows, which would put every drag
 * far over its 50 ms. The edit itself stores the session's incremental figures (score, hard count,
 * breakdown), which the property test (lib/solver/edit/session.test.ts) holds equal to evaluate()'s;
 * this rewrites them with evaluate()'s own, adds the violation list and the soft units, and stamps
 * scoredVersion, but only while the timetable is still at the version it scored (a later edit
 * schedules its own). A disagreement between the two is an engine bug: logged, and evaluate() wins.
 *
 * Scoring of one timetable is chained, so two quick edits are scored in order.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { errorFields, log } from "@/lib/log/logger";
import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluate } from "@/lib/solver/evaluate";
import { SOFT_CONSTRAINTS } from "@/lib/solver/evaluate-context";
import { softUnits, type SoftUnits } from "@/lib/solver/soft-units";
import type { Placement, SolverInput } from "@/lib/solver/types";
import { loadTimetableModel } from "../load-timetable-model";

export interface ScoringSnapshot {
  timetableId: string;
  version: number;
  input: SolverInput;
  placements: Placement[];
  incremental: { hard: number; soft: number };
}

const globalForScoring = globalThis as unknown as { __timetablerEditScoring?: Map<string, Promise<void>> };
const pending = (globalForScoring.__timetablerEditScoring ??= new Map<string, Promise<void>>());

/** Amounts in their own units: cost / weight, except where a weight of 0 hides them (then a second evaluation). */
function unitsOf(input: SolverInput, placements: Placement[], softBreakdown: Record<string, number>): SoftUnits {
  if (SOFT_CONSTRAINTS.some((c) => input.weights[c] === 0)) return softUnits(input, placements);
  return Object.fromEntries(SOFT_CONSTRAINTS.map((c) => [c, softBreakdown[c] / input.weights[c]])) as SoftUnits;
}

async function score(snapshot: ScoringSnapshot): Promise<void> {
  const evaluation = evaluate(snapshot.input, snapshot.placements);
  if (evaluation.hard !== snapshot.incremental.hard || Math.abs(evaluation.soft - snapshot.incremental.soft) > 1e-6) {
    log.error(
      { timetableId: snapshot.timetableId, version: snapshot.version, incremental: snapshot.incremental, evaluated: { hard: evaluation.hard, soft: evaluation.soft } },
      "editor: incremental figures differ from evaluate(); storing evaluate()'s",
    );
  }
  await prisma.timetable.updateMany({
    where: { id: snapshot.timetableId, version: snapshot.version },
    data: {
      score: evaluation.soft,
      hardViolations: evaluation.hard,
      breakdown: evaluation.softBreakdown as Prisma.InputJsonValue,
      softUnits: unitsOf(snapshot.input, snapshot.placements, evaluation.softBreakdown) as Prisma.InputJsonValue,
      violations: evaluation.violations as unknown as Prisma.InputJsonValue,
      scoredVersion: snapshot.version,
    },
  });
}

/** Schedules the evaluate() of this version (after any still running for the timetable). */
export function scoreAfterEdit(snapshot: ScoringSnapshot): Promise<void> {
  const previous = pending.get(snapshot.timetableId) ?? Promise.resolve();
  const next = previous
    .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
    .then(() => score(snapshot))
    .catch((error) => log.error({ timetableId: snapshot.timetableId, version: snapshot.version, ...errorFields(error) }, "editor: scoring an edit failed"))
    .finally(() => {
      if (pending.get(snapshot.timetableId) === next) pending.delete(snapshot.timetableId);
    });
  pending.set(snapshot.timetableId, next);
  return next;
}

/** Resolves once every scoring scheduled in this process for the timetable has finished. */
export async function whenScored(timetableId: string): Promise<void> {
  await pending.get(timetableId);
}

/**
 * Scores the timetable as stored, from scratch, inside the caller's transaction, and stamps
 * scoredVersion: for publishing a version whose scoring after the edit has not been stored (its
 * process stopped first). Returns evaluate()'s hard count.
 */
export async function scoreStoredNow(tx: Prisma.TransactionClient, timetableId: string, version: number): Promise<number> {
  const model = await loadTimetableModel({ timetableId, client: tx });
  const evaluation = evaluate(model.input, model.placements);
  await tx.timetable.update({
    where: { id: timetableId },
    data: {
      score: evaluation.soft,
      hardViolations: evaluation.hard,
      breakdown: evaluation.softBreakdown as Prisma.InputJsonValue,
      softUnits: unitsOf(model.input, model.placements, evaluation.softBreakdown) as Prisma.InputJsonValue,
      violations: evaluation.violations as unknown as Prisma.InputJsonValue,
      scoredVersion: version,
    },
  });
  return evaluation.hard;
}

export function isScoring(timetableId: string): boolean {
  return pending.has(timetableId);
}
