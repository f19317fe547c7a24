// The web supervisor and the worker, started for production with a secret anyone could know,
// stop at once with a message saying how to set one (before touching PostgreSQL or Redis).
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_ARGS } from "@/scripts/lib/server-node-args";

const ROOT = path.resolve(import.meta.dirname, "../..");

function start(script: string, env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("node", [...SERVER_NODE_ARGS, script], { cwd: ROOT, env: { ...process.env, ...env, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("production refuses a known or missing NEXTAUTH_SECRET", () => {
  it("the web supervisor exits 1 naming the problem, with the docker-compose default of old", async () => {
    const { code, output } = await start("scripts/serve-web.ts", { NEXTAUTH_SECRET: "change-me-in-production", WEB_CONCURRENCY: "1" });
    expect(code).toBe(1);
    expect(output).toContain('NEXTAUTH_SECRET is "change-me-in-production", a value published');
    expect(output).toContain("openssl rand -base64 32");
    expect(output).not.toContain("starting");
  });

  it("the worker exits 1 without a secret", async () => {
    const { code, output } = await start("worker/index.ts", { NEXTAUTH_SECRET: "" });
    expect(code).toBe(1);
    expect(output).toContain("NEXTAUTH_SECRET is not set");
  });
});
