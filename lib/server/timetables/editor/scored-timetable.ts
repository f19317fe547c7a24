/**
 * The figures stored on a Timetable row after an edit, from a from-scratch evaluate() of the
 * edited placements (the rule for every timetable shown or published), checked against the
 * session's incremental totals: a disagreement is a bug in the engine, logged loudly, and the
 * stored figures are evaluate()'s.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { evaluate, type Evaluation } from "@/lib/solver/evaluate";
import type { EditSession } from "@/lib/solver/edit/session";
import { SOFT_CONSTRAINTS } from "@/lib/solver/evaluate-context";
import { softUnits, type SoftUnits } from "@/lib/solver/soft-units";

export interface ScoredTimetable {
  evaluation: Evaluation;
  units: SoftUnits;
}

/** Amounts in their own units: cost / weight, except where a weight of 0 hides them (then a second evaluation). */
function unitsOf(session: EditSession, evaluation: Evaluation): SoftUnits {
  const { weights } = session.input;
  if (SOFT_CONSTRAINTS.some((c) => weights[c] === 0)) return softUnits(session.input, session.placements());
  return Object.fromEntries(SOFT_CONSTRAINTS.map((c) => [c, evaluation.softBreakdown[c] / weights[c]])) as SoftUnits;
}

export function scoreSession(session: EditSession): ScoredTimetable {
  const evaluation = evaluate(session.input, session.placements());
  if (evaluation.hard !== session.hard || Math.abs(evaluation.soft - session.soft) > 1e-6) {
    console.error(
      `[editor] incremental totals (hard ${session.hard}, soft ${session.soft}) differ from evaluate() (hard ${evaluation.hard}, soft ${evaluation.soft}); storing evaluate()'s`,
    );
  }
  return { evaluation, units: unitsOf(session, evaluation) };
}

export function scoredTimetableData({ evaluation, units }: ScoredTimetable): Prisma.TimetableUpdateInput {
  return {
    score: evaluation.soft,
    hardViolations: evaluation.hard,
    breakdown: evaluation.softBreakdown as Prisma.InputJsonValue,
    softUnits: units as Prisma.InputJsonValue,
    violations: evaluation.violations as unknown as Prisma.InputJsonValue,
  };
}
