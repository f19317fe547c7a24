/**
 * evaluate(): the from-scratch reference scorer. Given the input and a full or partial set of
 * placements it returns hard counts, weighted soft costs and one human-readable violation per soft
 * penalty. Clarity over speed: the incremental engine is tested against this, never the reverse.
 *
 * softBreakdown holds WEIGHTED costs, so soft === sum(softBreakdown) === sum(violations[].cost).
 * hard === sum(hardBreakdown). Units of each hard count are documented in evaluate-hard.ts.
 */
import { buildContext, splitPlacements } from "./evaluate-context";
import { evaluateHard } from "./evaluate-hard";
import { softOfferingViolations } from "./evaluate-soft";
import { softGroupViolations } from "./evaluate-soft-groups";
import { emptySoftBreakdown } from "./evaluate-context";
import type { HardConstraint, Placement, SoftConstraint, SolverInput, SoftViolation } from "./types";

export interface Evaluation {
  hard: number;
  hardBreakdown: Record<HardConstraint, number>;
  soft: number;
  softBreakdown: Record<SoftConstraint, number>;
  violations: SoftViolation[];
}

export function evaluate(input: SolverInput, placements: Placement[]): Evaluation {
  const ctx = buildContext(input);
  const split = splitPlacements(ctx, placements);
  const hardBreakdown = evaluateHard(ctx, split);
  const violations = [...softOfferingViolations(ctx, split.valid), ...softGroupViolations(ctx, split.valid)];
  const softBreakdown = emptySoftBreakdown();
  for (const v of violations) softBreakdown[v.constraint] += v.cost;
  const hard = Object.values(hardBreakdown).reduce((a, b) => a + b, 0);
  const soft = Object.values(softBreakdown).reduce((a, b) => a + b, 0);
  return { hard, hardBreakdown, soft, softBreakdown, violations };
}

export { emptyHardBreakdown, emptySoftBreakdown, HARD_CONSTRAINTS, SOFT_CONSTRAINTS } from "./evaluate-context";
