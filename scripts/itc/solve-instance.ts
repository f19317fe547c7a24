/**
 * Solve one ITC-2007 instance file with the product solver, write the .sol, read it back from disk
 * and score it with the independent UD2 validator. Shared by scripts/solve-ctt.ts and, through a
 * child process per run, by scripts/bench-itc.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { parseCtt } from "../../lib/formats/itc2007/parse-ctt";
import { formatSolution, parseSolution } from "../../lib/formats/itc2007/solution-format";
import { placementsToSolution, toSolverInput } from "../../lib/formats/itc2007/to-solver-input";
import { validateUd2, type Ud2Result } from "../../lib/formats/itc2007/validate-ud2";
import { solve } from "../../lib/solver/solve";
import type { SolverResult } from "../../lib/solver/types";

export interface InstanceRun {
  instance: string;
  seed: number;
  seconds: number;
  clock: BudgetClock;
  solFile: string;
  solver: Pick<SolverResult, "hard" | "soft" | "hardBreakdown" | "softBreakdown" | "stats" | "status">;
  ud2: Ud2Result;
  /** Process CPU seconds spent inside solve(): below `seconds` when the machine was shared. */
  cpuSeconds: number;
  /** Empty when the solver's own cost agrees with the validator's; otherwise what differs. */
  mismatches: string[];
}

/**
 * "wall": the budget is elapsed time. "cpu": the budget is this process's CPU time, so a run on a
 * shared machine still gets `seconds` of one core (the ITC-2007 rule is single-thread time).
 */
export type BudgetClock = "wall" | "cpu";

export function parseClock(value: string | undefined, fallback: BudgetClock): BudgetClock {
  if (value === undefined) return fallback;
  if (value !== "wall" && value !== "cpu") throw new Error(`--clock must be "wall" or "cpu", got "${value}"`);
  return value;
}

const cpuMillis = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

export async function solveInstanceFile(ctt: string, seconds: number, seed: number, solFile: string, clock: BudgetClock = "wall"): Promise<InstanceRun> {
  const instance = parseCtt(fs.readFileSync(ctt, "utf8"));
  const input = toSolverInput(instance);
  const cpuBefore = process.cpuUsage();
  const result = await solve(input, { timeLimitMs: seconds * 1000, seed, ...(clock === "cpu" ? { clock: cpuMillis } : {}) });
  const cpu = process.cpuUsage(cpuBefore);
  fs.mkdirSync(path.dirname(path.resolve(solFile)), { recursive: true });
  fs.writeFileSync(solFile, formatSolution(placementsToSolution(result.placements)));
  // Validate what is on disk, not what is in memory: the file is the deliverable.
  const ud2 = validateUd2(instance, parseSolution(fs.readFileSync(solFile, "utf8")));
  return {
    instance: path.basename(ctt, ".ctt"),
    seed,
    seconds,
    clock,
    solFile,
    solver: { hard: result.hard, soft: result.soft, hardBreakdown: result.hardBreakdown, softBreakdown: result.softBreakdown, stats: result.stats, status: result.status },
    ud2,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mismatches: compareCosts(result, ud2),
  };
}

/**
 * The solver's cost must equal UD2's. Soft is compared exactly. Hard is compared exactly except
 * for clashes: UD2 counts conflicts per conflicting course pair and period, evaluate() per extra
 * occupant per teacher/curriculum and slot, so for those only zero-vs-nonzero must agree.
 */
export function compareCosts(result: Pick<SolverResult, "hard" | "soft" | "hardBreakdown">, ud2: Ud2Result): string[] {
  const out: string[] = [];
  if (result.soft !== ud2.soft) out.push(`soft: solver ${result.soft}, validator ${ud2.soft}`);
  const clashes = result.hardBreakdown.facultyClash + result.hardBreakdown.groupClash;
  if (result.hard - clashes !== ud2.hard - ud2.hardBreakdown.Conflicts) {
    out.push(`hard without conflicts: solver ${result.hard - clashes}, validator ${ud2.hard - ud2.hardBreakdown.Conflicts}`);
  }
  if (clashes > 0 !== ud2.hardBreakdown.Conflicts > 0) out.push(`conflicts: solver ${clashes}, validator ${ud2.hardBreakdown.Conflicts}`);
  if (ud2.warnings.length > 0) out.push(`validator skipped ${ud2.warnings.length} line(s) of the written .sol`);
  return out;
}
