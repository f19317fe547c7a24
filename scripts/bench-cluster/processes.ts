/**
 * The processes of a cluster benchmark run: W web processes (one Next.js process each, on ports of
 * their own, as separate machines behind a load balancer would be) and K workers, all against the
 * same PostgreSQL and Redis, with their output kept in files. Workers can be SIGKILLed and replaced.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_NODE_ARGS } from "../lib/server-node-args";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Cluster {
  webUrls: string[];
  workers: ChildProcess[];
  killAndReplaceWorker: () => number;
  stop: () => Promise<void>;
}

function start(args: string[], env: Record<string, string>, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, "a");
  return spawn("nice", ["-n", "10", process.execPath, ...SERVER_NODE_ARGS, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_FORMAT: "json", ...env },
    stdio: ["ignore", out, out],
  });
}

async function waitForWeb(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answered = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startCluster({ web, workers, basePort, logDir, workerEnv }: { web: number; workers: number; basePort: number; logDir: string; workerEnv: Record<string, string> }): Promise<Cluster> {
  fs.mkdirSync(logDir, { recursive: true });
  const webProcesses = Array.from({ length: web }, (_, i) =>
    start(["scripts/serve-web.ts", "-p", String(basePort + i)], { WEB_CONCURRENCY: "1", LOG_LEVEL: "warn" }, path.join(logDir, `web-${i}.log`)),
  );
  const webUrls = webProcesses.map((_, i) => `http://127.0.0.1:${basePort + i}`);
  let started = 0;
  const startWorker = () => start(["worker/index.ts"], workerEnv, path.join(logDir, `worker-${started++}.log`));
  const workerProcesses = Array.from({ length: workers }, startWorker);
  // Ctrl-C or a SIGTERM to the bench must not leave web processes and workers behind (they hold
  // their ports and keep taking jobs): stop them, then exit as the signal would have.
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`[bench] ${signal}: stopping the cluster's processes`);
    void cluster.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const cluster: Cluster = {
    webUrls,
    workers: workerProcesses,
    killAndReplaceWorker() {
      const index = Math.floor(Math.random() * workerProcesses.length);
      // `nice` execs node, so the child's pid is the worker's.
      workerProcesses[index].kill("SIGKILL");
      workerProcesses[index] = startWorker();
      return index;
    },
    async stop() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      const all = [...webProcesses, ...workerProcesses].filter((child) => child.exitCode === null && child.signalCode === null);
      await Promise.all(
        all.map(
          (child) =>
            new Promise<void>((resolve) => {
              const timer = setTimeout(() => child.kill("SIGKILL"), 40_000);
              child.once("exit", () => {
                clearTimeout(timer);
                resolve();
              });
              child.kill("SIGTERM");
            }),
        ),
      );
    },
  };
  try {
    await Promise.all(webUrls.map((url) => waitForWeb(url)));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
