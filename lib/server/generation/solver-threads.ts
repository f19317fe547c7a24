/**
 * How many solver threads one variant gets: the machine's cores shared evenly among the variants
 * waiting or running (this one included), at least one. A registrar who asks for one variant on a
 * 16-core worker gets 16 threads; eight variants get two each. The solver uses them for the
 * independent parts of a term (lib/solver/solve-parts.ts) and, threads left over, for parallel
 * search inside a part (lib/solver/search-threads.ts).
 */
import "server-only";

export function solverThreads(cores: number, variantsInFlight: number): number {
  return Math.max(1, Math.floor(cores / Math.max(1, variantsInFlight)));
}
