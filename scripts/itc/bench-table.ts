/**
 * Markdown table for the ITC-2007 benchmark: one row per instance with the median hard, every
 * seed's soft, the median soft, the published references and the gap to the competition winner,
 * plus a row summing the medians. Costs come from the UD2 validator, never from the solver.
 */
import { ITC2007_REFERENCE } from "../../lib/formats/itc2007/reference-results";

export interface BenchRun {
  seed: number;
  hard: number;
  soft: number;
  movesPerSecond: number;
  /** CPU seconds the run actually got; much less than the wall budget means a busy machine. */
  cpuSeconds: number;
  /** The child crashed, timed out or wrote no solution: no costs. */
  failed: boolean;
  /** Non-empty when the solver's own cost disagreed with the validator. */
  mismatches: string[];
}

export interface InstanceRow {
  instance: string;
  runs: BenchRun[];
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (n: number) => (Number.isNaN(n) ? "-" : Number.isInteger(n) ? String(n) : n.toFixed(1));
const signed = (n: number) => (Number.isNaN(n) ? "-" : n > 0 ? `+${fmt(n)}` : fmt(n));

export function renderTable(rows: InstanceRow[]): string {
  const header = "| instance | hard (median) | soft per seed | soft median | best known | ITC-2007 winner (best of 10) | gap to winner | moves/s (median) | CPU s (median) |";
  const rule = "|---|---:|---|---:|---:|---:|---:|---:|---:|";
  const lines = [header, rule];
  const sums = { hard: 0, soft: 0, best: 0, winner: 0, gap: 0, complete: true };
  for (const row of rows) {
    const ok = row.runs.filter((r) => !r.failed);
    const hard = median(ok.map((r) => r.hard));
    const soft = median(ok.map((r) => r.soft));
    const ref = ITC2007_REFERENCE[row.instance];
    const gap = ref ? soft - ref.winnerBestOf10 : NaN;
    const perSeed = row.runs
      .map((r) => (r.failed ? `s${r.seed}:failed` : `${r.soft}${r.hard > 0 ? "*" : ""}${r.mismatches.length > 0 ? "!" : ""}`))
      .join(", ");
    lines.push(
      `| ${row.instance} | ${fmt(hard)} | ${perSeed} | ${fmt(soft)} | ${ref ? ref.bestKnown : "-"} | ${ref ? ref.winnerBestOf10 : "-"} | ${signed(gap)} | ${fmt(Math.round(median(ok.map((r) => r.movesPerSecond))))} | ${fmt(median(ok.map((r) => Math.round(r.cpuSeconds * 10) / 10)))} |`,
    );
    sums.hard += hard;
    sums.soft += soft;
    if (ref) {
      sums.best += ref.bestKnown;
      sums.winner += ref.winnerBestOf10;
      sums.gap += gap;
    } else {
      sums.complete = false;
    }
  }
  lines.push(
    `| **sum of medians** | ${fmt(sums.hard)} | | ${fmt(sums.soft)} | ${sums.complete ? fmt(sums.best) : "-"} | ${sums.complete ? fmt(sums.winner) : "-"} | ${sums.complete ? signed(sums.gap) : "-"} | | |`,
  );
  return lines.join("\n");
}

export const TABLE_LEGEND =
  "Costs are UD2 from the independent validator (lib/formats/itc2007/validate-ud2.ts) on the written .sol files. " +
  "`*` = run with hard violations (its soft is not comparable); `!` = the solver's own cost disagreed with the validator. " +
  "CPU s = process CPU time the run got inside solve(); well below the wall-clock budget means other work shared the cores. " +
  "Gap to winner = soft median minus the ITC-2007 winner's best of 10 runs (a best run, not a typical one; lower is better).";
