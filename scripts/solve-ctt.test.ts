/**
 * The CLI contract other tools rely on: the last line is exactly `hard=H soft=S` from the
 * validator, the .sol is written, and bad usage exits 2.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCtt } from "../lib/formats/itc2007/parse-ctt";
import { parseSolution } from "../lib/formats/itc2007/solution-format";
import { TINY_CTT } from "../lib/formats/itc2007/test-instances";
import { validateUd2 } from "../lib/formats/itc2007/validate-ud2";
import { SERVER_NODE_ARGS } from "./lib/server-node-args";

const cli = path.resolve(import.meta.dirname, "solve-ctt.ts");
const run = (args: string[]) => spawnSync(process.execPath, [...SERVER_NODE_ARGS, cli, ...args], { encoding: "utf8", timeout: 60_000 });

describe("solve:ctt CLI", () => {
  it("writes the .sol and ends with the validator's hard=H soft=S", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solve-ctt-"));
    const ctt = path.join(dir, "tiny.ctt");
    const sol = path.join(dir, "tiny.sol");
    fs.writeFileSync(ctt, TINY_CTT);
    const result = run([ctt, "--seconds", "0.5", "--seed", "3", "--out", sol, "--clock", "cpu"]);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    const ud2 = validateUd2(parseCtt(TINY_CTT), parseSolution(fs.readFileSync(sol, "utf8")));
    expect(lines.at(-1)).toBe(`hard=${ud2.hard} soft=${ud2.soft}`);
    expect(ud2.hard).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exits 2 with usage on bad arguments", () => {
    const result = run(["--seconds", "1"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage: npm run solve:ctt");
  });
});
