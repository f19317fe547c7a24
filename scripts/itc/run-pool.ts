/**
 * Runs child processes with at most `parallel` alive at once. The benchmark gives every
 * (instance, seed) run its own process so each run owns one core and one fresh heap, and a crash
 * or hang in one run cannot take the others with it.
 */
import { spawn } from "node:child_process";

export interface ChildJob {
  label: string;
  command: string;
  args: string[];
  /** Killed (SIGKILL) after this long. */
  timeoutMs: number;
}

export interface ChildOutcome {
  job: ChildJob;
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function runChild(job: ChildJob): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(job.command, job.args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, job.timeoutMs);
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ job, exitCode, timedOut, stdout, stderr });
    });
  });
}

export async function runPool(jobs: ChildJob[], parallel: number, onDone: (outcome: ChildOutcome) => void): Promise<ChildOutcome[]> {
  const outcomes: ChildOutcome[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      outcomes[index] = await runChild(jobs[index]);
      onDone(outcomes[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker));
  return outcomes;
}
