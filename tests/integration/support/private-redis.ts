/**
 * A redis-server of the test's own on a free port, without persistence: stopping it loses every
 * key, exactly like a Redis restart that lost its data, and no other test or app sees its queues.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface PrivateRedis {
  port: number;
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;

  const start = async () => {
    const process = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = process;
    let output = "";
    await new Promise<void>((resolve, reject) => {
      process.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) resolve();
      });
      process.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, "exit");
    running.kill("SIGTERM");
    await exited;
  };

  await start();
  return { port, url: `redis://127.0.0.1:${port}/0`, start, stop };
}
