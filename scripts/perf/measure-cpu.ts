/**
 * Server CPU per request, which the shared 2-core machine distorts far less than latency: reads the
 * `next start` process's utime+stime from /proc before and after a fixed number of requests.
 *
 *   BASE_URL=http://localhost:3300 SERVER_PID=<pid of next-server> node --conditions=react-server --import tsx scripts/perf/measure-cpu.ts [--requests 500] [--concurrency 10]
 *     [--paths /api/timetable?scope=me,/api/timetable.ics?scope=me]
 */
import fs from "node:fs";

const CLOCK_TICKS_PER_SECOND = 100;

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** utime + stime of a process and its threads, in milliseconds. */
function cpuMs(pid: string): number {
  // Fields after the ")" of comm: utime and stime are fields 14 and 15 of the whole line.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: "true" }),
  });
  return [...csrfCookie, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function main() {
  const baseUrl = process.env.BASE_URL ?? "http://localhost:3300";
  const pid = process.env.SERVER_PID;
  if (!pid) throw new Error("set SERVER_PID to the next-server process id");
  const requests = Number(flag("requests", "500"));
  const concurrency = Number(flag("concurrency", "10"));
  const cookie = await signIn(baseUrl, flag("email", "faculty@demo.edu"), flag("password", "demo1234"));
  // Uncompressed, like autocannon in bench-views.ts: fetch asks for gzip by default.
  const headers = { Cookie: cookie, "Accept-Encoding": "identity" };

  const paths = flag("paths", "/api/timetable?scope=me,/api/timetable.ics?scope=me").split(",");
  for (const urlPath of paths) {
    const url = `${baseUrl}${urlPath}`;
    // Warm up: JIT, route modules, pool connections.
    for (let i = 0; i < 200; i++) await (await fetch(url, { headers })).arrayBuffer();
    const before = cpuMs(pid);
    const started = performance.now();
    let next = 0;
    let bytes = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) {
          const response = await fetch(url, { headers });
          if (response.status !== 200) throw new Error(`${urlPath}: ${response.status}`);
          bytes = (await response.arrayBuffer()).byteLength;
        }
      }),
    );
    const wallMs = performance.now() - started;
    const perRequest = (cpuMs(pid) - before) / requests;
    console.log(`${urlPath}: ${perRequest.toFixed(2)} ms server CPU/request, ${bytes} bytes, ${(requests / (wallMs / 1000)).toFixed(0)} req/s at concurrency ${concurrency}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
