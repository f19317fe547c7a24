// The web supervisor (scripts/serve-web.ts, what `npm start` and `npm run web` run): several
// Next.js processes on one port, a dead one replaced, all of them stopped by one SIGTERM. Runs its
// own supervisor on a spare port against the test build (NEXT_DIST_DIR from scripts/test.sh), so
// killing processes here never touches the server the other specs use.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { SERVER_NODE_ARGS } from "../scripts/lib/server-node-args";

const port = Number(process.env.TEST_PORT ?? 3100) + 7;
const baseURL = `http://localhost:${port}`;

/** Pids of the supervisor's Next.js children, read from /proc (the supervisor forks nothing else named next-server). */
async function nextChildren(supervisorPid: number): Promise<number[]> {
  const { readdir, readFile } = await import("node:fs/promises");
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const [comm, rest] = [stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), stat.slice(stat.lastIndexOf(")") + 2)];
      const parentPid = Number(rest.split(" ")[1]);
      if (parentPid === supervisorPid && comm.startsWith("next-server")) pids.push(Number(entry));
    } catch {
      // The process ended while we read: not a child any more.
    }
  }
  return pids.sort((a, b) => a - b);
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

test("runs WEB_CONCURRENCY processes, replaces one that dies, and stops them all on SIGTERM", async ({ request }) => {
  const supervisor = spawn("node", [...SERVER_NODE_ARGS, "scripts/serve-web.ts", "-p", String(port)], {
    env: { ...process.env, WEB_CONCURRENCY: "2", NEXTAUTH_URL: baseURL },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  supervisor.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  supervisor.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = exitOf(supervisor);

  try {
    await expect.poll(() => nextChildren(supervisor.pid!), { timeout: 30_000 }).toHaveLength(2);
    await expect.poll(async () => (await request.get(`${baseURL}/login`).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);
    const [first, second] = await nextChildren(supervisor.pid!);

    process.kill(first, "SIGKILL");
    // A replacement is forked; the survivor keeps serving meanwhile.
    await expect.poll(() => nextChildren(supervisor.pid!), { timeout: 30_000 }).toEqual(expect.arrayContaining([second]));
    await expect
      .poll(async () => {
        const children = await nextChildren(supervisor.pid!);
        return children.length === 2 && !children.includes(first);
      }, { timeout: 30_000 })
      .toBe(true);
    for (let i = 0; i < 10; i++) expect((await request.get(`${baseURL}/login`)).status()).toBe(200);
    expect(output).toContain(`process ${first} exited (SIGKILL)`);

    const children = await nextChildren(supervisor.pid!);
    supervisor.kill("SIGTERM");
    expect(await exited).toEqual({ code: 0, signal: null });
    for (const pid of children) expect(() => process.kill(pid, 0), `next-server ${pid} still running`).toThrow();
  } finally {
    if (supervisor.exitCode === null) supervisor.kill("SIGKILL");
  }
});
