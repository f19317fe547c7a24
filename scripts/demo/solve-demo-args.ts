/**
 * Arguments of `npm run solve:demo`. Unknown options and out-of-range numbers are errors, so a
 * typo never silently benchmarks the defaults.
 */
import { parseArgs } from "node:util";
import { builtInWeightProfile, BUILT_IN_WEIGHT_PROFILES } from "@/lib/domain/weight-profiles";
import type { SoftWeights } from "@/lib/solver/types";

export interface SolveDemoArgs {
  copies: number;
  /** Solve only this campus (1-based) of the scaled university, alone. */
  campus?: number;
  seconds: number;
  seed: number;
  threads: number;
  profile: string;
  weights: SoftWeights;
  /** Budget in this process's CPU time rather than wall time. */
  cpuClock: boolean;
  /** Optional iteration budget (reproducible runs). */
  maxIterations?: number;
}

export const SOLVE_DEMO_USAGE =
  "usage: npm run solve:demo -- --copies N --seconds S --seed K [--threads T] [--profile NAME] [--cpu-clock] [--iterations I] [--campus K]";

function wholeNumber(raw: string, name: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

export function parseSolveDemoArgs(argv: string[]): SolveDemoArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      copies: { type: "string", default: "1" },
      seconds: { type: "string", default: "10" },
      seed: { type: "string", default: "1" },
      threads: { type: "string", default: "1" },
      profile: { type: "string", default: "Balanced" },
      "cpu-clock": { type: "boolean", default: false },
      iterations: { type: "string" },
      campus: { type: "string" },
    },
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  const seconds = Number(values.seconds);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) throw new Error(`--seconds must be a number above 0, got "${values.seconds}"`);
  const profile = builtInWeightProfile(values.profile);
  if (!profile) throw new Error(`--profile must be one of ${BUILT_IN_WEIGHT_PROFILES.map((p) => p.name).join(", ")}, got "${values.profile}"`);
  return {
    copies: wholeNumber(values.copies, "copies", 1, 50),
    seconds,
    seed: wholeNumber(values.seed, "seed", 0, 2 ** 31 - 1),
    threads: wholeNumber(values.threads, "threads", 1, 64),
    profile: profile.name,
    weights: profile.weights,
    cpuClock: values["cpu-clock"],
    ...(values.campus !== undefined ? { campus: wholeNumber(values.campus, "campus", 1, 50) } : {}),
    ...(values.iterations !== undefined ? { maxIterations: wholeNumber(values.iterations, "iterations", 1, Number.MAX_SAFE_INTEGER) } : {}),
  };
}
