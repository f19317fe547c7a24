/**
 * One zod field per soft constraint, from the solver's own list (SOFT_CONSTRAINTS): the JSON
 * columns' parser and the weight-profile form both build on it, so a constraint added to the
 * solver is accepted by both, and the form's labels (typed by the same keys) fail to compile
 * until it has one.
 */
import type { z } from "zod";
import { SOFT_CONSTRAINTS } from "@/lib/solver/evaluate-context";
import type { SoftConstraint } from "@/lib/solver/types";

export function softWeightFields<Weight extends z.ZodType>(weight: Weight): Record<SoftConstraint, Weight> {
  return Object.fromEntries(SOFT_CONSTRAINTS.map((constraint) => [constraint, weight])) as Record<SoftConstraint, Weight>;
}
