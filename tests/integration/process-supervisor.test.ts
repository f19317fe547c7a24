/**
 * scripts/lib/app.sh's supervisor with real processes: a crashed worker (exit code or SIGKILL) is
 * restarted while the web process keeps running, a crash loop gives up with a clear message and
 * stops the other, and Ctrl-C (SIGINT to the whole process group) stops both cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { waitFor } from "./support/wait-for";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FAKE = path.join(import.meta.dirname, "support/supervised/fake-service.mjs");

interface Supervisor {
  child: ChildProcess;
  dir: string;
  output: () => string;
  exited: Promise<number | null>;
}

const started: Supervisor[] = [];

function startSupervisor(workerCrashes: number, env: Record<string, string> = {}): Supervisor {
  const dir = mkdtempSync(path.join(tmpdir(), "supervisor-"));
  const service = (name: string, crashes: number) => `node ${FAKE} ${name} ${dir} ${crashes}`;
  const script = `. scripts/lib/common.sh; . scripts/lib/app.sh; run_web_and_worker "${service("web", 0)}" "${service("worker", workerCrashes)}"`;
  // detached: its own process group, so the test can send SIGINT to the group as a terminal's Ctrl-C does
  const child = spawn("bash", ["-c", script], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, SUPERVISOR_BACKOFF_MS: "100", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const supervisor = { child, dir, output: () => output, exited };
  started.push(supervisor);
  return supervisor;
}

const pids = (dir: string, name: string): number[] => {
  const file = `${dir}/${name}.pids`;
  return existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").map(Number) : [];
};
const stoppedPids = (dir: string, name: string): number[] => readFileSync(`${dir}/${name}.stopped`, "utf8").trim().split("\n").map(Number);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterEach(() => {
  for (const { child, dir } of started.splice(0)) {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("npm start's process supervisor", () => {
  it("restarts a crashed worker without touching the web process, and Ctrl-C stops both", async () => {
    const supervisor = startSupervisor(1);
    const { dir } = supervisor;
    // The worker's first start exits with code 1: it is started again, and the web process stays.
    await waitFor(async () => pids(dir, "worker").length, (n) => n === 2, { what: "the worker's restart" });
    expect(supervisor.output()).toMatch(/worker crashed \(exit code 1\); restarting it in 0\.100 s/);

    // A SIGKILL is a crash too.
    const [web] = pids(dir, "web");
    process.kill(pids(dir, "worker")[1], "SIGKILL");
    await waitFor(async () => pids(dir, "worker").length, (n) => n === 3, { what: "the restart after SIGKILL" });
    expect(supervisor.output()).toMatch(/worker crashed \(exit code 137\)/);
    expect(pids(dir, "web")).toEqual([web]);
    expect(alive(web)).toBe(true);

    // Ctrl-C: SIGINT to the whole foreground process group.
    process.kill(-supervisor.child.pid!, "SIGINT");
    expect(await supervisor.exited).toBe(0);
    const worker = pids(dir, "worker")[2];
    // Each shut down through its own signal handler (SIGINT from the terminal, SIGTERM from the supervisor).
    expect(stoppedPids(dir, "web")).toContain(web);
    expect(stoppedPids(dir, "worker")).toContain(worker);
    expect(alive(web) || alive(worker)).toBe(false);
    expect(supervisor.output()).toContain("Stopping web and worker");
  });

  it("gives up on a crash loop with a clear message and stops the web process", async () => {
    const supervisor = startSupervisor(100, { SUPERVISOR_CRASH_LIMIT: "3" });
    expect(await supervisor.exited).toBe(3);
    expect(pids(supervisor.dir, "worker")).toHaveLength(3);
    expect(supervisor.output()).toMatch(/worker crashed 3 times within 60 s \(last exit code 1\); giving up on it/);
    const [web] = pids(supervisor.dir, "web");
    expect(stoppedPids(supervisor.dir, "web")).toEqual([web]);
    expect(alive(web)).toBe(false);
  });
});
