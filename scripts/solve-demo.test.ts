/**
 * The solve:demo contract: arguments are checked (exit 2 naming the option), and a short run on
 * one campus ends with evaluate()'s `hard=H soft=S` after the breakdown.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSolveDemoArgs } from "./demo/solve-demo-args";
import { SERVER_NODE_ARGS } from "./lib/server-node-args";

const cli = path.resolve(import.meta.dirname, "solve-demo.ts");
const run = (args: string[]) => spawnSync(process.execPath, [...SERVER_NODE_ARGS, cli, ...args], { encoding: "utf8", timeout: 120_000 });

describe("solve:demo arguments", () => {
  it("reads every option", () => {
    const args = parseSolveDemoArgs(["--copies", "8", "--seconds", "120", "--seed", "3", "--threads", "2", "--profile", "Faculty-friendly", "--cpu-clock"]);
    expect(args).toMatchObject({ copies: 8, seconds: 120, seed: 3, threads: 2, profile: "Faculty-friendly", cpuClock: true });
    expect(args.weights.facultyPreference).toBe(8);
  });

  it("reads --campus (one campus of the scaled term, alone) and --iterations", () => {
    expect(parseSolveDemoArgs(["--campus", "3", "--iterations", "50000"])).toMatchObject({ campus: 3, maxIterations: 50000 });
  });

  it("defaults to one campus, one thread, Balanced, wall clock", () => {
    expect(parseSolveDemoArgs([])).toMatchObject({ copies: 1, seconds: 10, seed: 1, threads: 1, profile: "Balanced", cpuClock: false });
  });

  it.each([
    [["--copies", "0"], "--copies"],
    [["--copies", "2.5"], "--copies"],
    [["--seconds", "-1"], "--seconds"],
    [["--threads", "x"], "--threads"],
    [["--profile", "Fastest"], "--profile"],
    [["--campus", "0"], "--campus"],
    [["--bogus", "1"], "bogus"],
  ])("refuses %j naming the option", (argv, named) => {
    expect(() => parseSolveDemoArgs(argv)).toThrow(named);
  });
});

describe("solve:demo CLI", () => {
  it("solves one campus and ends with evaluate()'s hard=H soft=S", () => {
    const result = run(["--copies", "1", "--seconds", "2", "--seed", "5", "--cpu-clock"]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("322 offerings");
    expect(lines.at(-2)).toMatch(/^soft breakdown: /);
    expect(lines.at(-1)).toMatch(/^hard=0 soft=\d+(\.\d+)?$/);
  });

  it("exits 2 with usage on a bad option", () => {
    const result = run(["--copies", "many"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--copies must be a whole number");
    expect(result.stderr).toContain("usage: npm run solve:demo");
  });
});
