/**
 * Adds one finished solver run to this worker process's totals on its WorkerHeartbeat row (id
 * hostname:pid, the same in every solver thread of the process), where /api/metrics reads them:
 * the solver runs in worker threads of several processes, so no in-memory registry sees them all.
 * Advisory: a failed write is logged, never failing the variant.
 */
import { hostname } from "node:os";
import { prisma } from "@/lib/db";
import { errorFields, log } from "@/lib/log/logger";
import type { SolverResult } from "@/lib/solver/types";

export async function recordSolverRun(stats: SolverResult["stats"]): Promise<void> {
  const id = `${hostname()}:${process.pid}`;
  const seconds = stats.elapsedMs / 1000;
  const moves = BigInt(Math.round(stats.movesPerSecond * seconds));
  try {
    await prisma.$executeRaw`
      UPDATE "WorkerHeartbeat"
      SET "solverRuns" = "solverRuns" + 1, "solverMoves" = "solverMoves" + ${moves}, "solverSeconds" = "solverSeconds" + ${seconds}
      WHERE "id" = ${id}`;
  } catch (error) {
    log.warn(errorFields(error), "could not record the solver run for metrics");
  }
}
