// Container health checks (docker-compose.yml), plain Node so a probe every few seconds stays cheap.
//   node scripts/healthcheck.mjs web      the web app answers /api/health and reaches PostgreSQL
//                                         (a missing worker or Redis degrades generation, but this
//                                         process can still serve: restarting it would not help)
//   node scripts/healthcheck.mjs worker   this container's worker (hostname:pid 1) has a heartbeat
//                                         row seen within 30 s
// Exit 0 healthy, 1 not.
import { hostname } from "node:os";
import pg from "pg";

const ALIVE_WITHIN_S = 30;

async function web() {
  const port = process.env.PORT ?? "3000";
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) });
  const report = await response.json();
  if (!report.postgres?.ok) throw new Error(`web cannot reach PostgreSQL: ${JSON.stringify(report)}`);
}

async function worker() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const id = `${hostname()}:${process.env.WORKER_PID ?? 1}`;
    const { rows } = await client.query(
      `SELECT 1 FROM "WorkerHeartbeat" WHERE id = $1 AND "lastSeen" > now() - make_interval(secs => $2)`,
      [id, ALIVE_WITHIN_S],
    );
    if (rows.length === 0) throw new Error(`no heartbeat from ${id} within ${ALIVE_WITHIN_S} s`);
  } finally {
    await client.end();
  }
}

const checks = { web, worker };
const check = checks[process.argv[2]];
if (!check) {
  console.error("usage: node scripts/healthcheck.mjs web|worker");
  process.exit(2);
}
try {
  await check();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
