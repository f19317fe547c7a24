/**
 * The real worker (`node --conditions=react-server --import tsx worker/index.ts`) as a child process of the test, with its own
 * env, its output kept for assertions and failure messages.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SERVER_NODE_ARGS } from "@/scripts/lib/server-node-args";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when a line of output matches. */
  waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
}

/** `entry` is the worker's entry file, relative to the project root: tests may start a variant of it. */
export function startWorkerProcess(env: Record<string, string>, entry = "worker/index.ts"): WorkerProcess {
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => {
      for (const check of waiters) check();
      resolve({ code, signal });
    });
  });

  const waitForOutput = (pattern: RegExp, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`worker output did not match ${pattern} within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        } else if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer);
          waiters.delete(check);
          reject(new Error(`worker exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output}`));
        }
      };
      waiters.add(check);
      check();
    });

  return { child, output: () => output, exited, waitForOutput };
}

/** Stops a worker the test started, if it is still running (SIGKILL: cleanup, not a behaviour under test). */
export async function killWorkerProcess(worker: WorkerProcess | undefined): Promise<void> {
  if (!worker || worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill("SIGKILL");
  await worker.exited;
}

/** The worker's exit, or a failure quoting its output if it has not exited within timeoutMs. */
export async function waitForExit(worker: WorkerProcess, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`worker ${worker.child.pid} did not exit within ${timeoutMs} ms:\n${worker.output()}`)), timeoutMs);
  });
  try {
    return await Promise.race([worker.exited, hung]);
  } finally {
    clearTimeout(timer);
  }
}
