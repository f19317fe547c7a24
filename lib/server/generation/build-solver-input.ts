/**
 * A term (within a job's scope) as a SolverInput, plus the maps to save placements back.
 * The query (load-term-snapshot.ts) and the pure mapping (map-solver-input.ts) are separate so the
 * mapping is unit-tested without a database.
 */
import "server-only";
import type { SoftWeights } from "@/lib/solver/types";
import { loadTermSnapshot, type LoadTermSnapshotOptions } from "./load-term-snapshot";
import { mapSolverInput, type MappedSolverInput } from "./map-solver-input";

export interface BuildSolverInputOptions extends LoadTermSnapshotOptions {
  weights: SoftWeights;
}

export type BuiltSolverInput = MappedSolverInput;

export async function buildSolverInput({ weights, ...load }: BuildSolverInputOptions): Promise<BuiltSolverInput> {
  return mapSolverInput(await loadTermSnapshot(load), weights);
}
