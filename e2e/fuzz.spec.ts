// Issue "Hardening": every route handler, page and server action (found from the source tree and
// the build: see e2e/fuzz/discover.ts), as every role and signed out, with generated bad input.
// Asserts: no answer is a 5xx; a route handler's 4xx is JSON `{ error }` naming the problem; a
// rejected state-changing request changes no row count (checked around every group of them); and
// the content of every table is the same after the run as before (checksums).
import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSession } from "./api-session";
import type { DemoAccount } from "./fixtures";
import { countDifferences, DatabaseState } from "./fuzz/database-state";
import { discoverPages, discoverRouteHandlers, discoverServerActions } from "./fuzz/discover";
import { isWrite, planPages, planRouteHandlers, planServerActions, type FuzzRequest } from "./fuzz/plan";

const ROLES: (DemoAccount | "signedOut")[] = ["registrar", "admin", "hodCse", "faculty", "student", "signedOut"];
const CONCURRENCY = 8;
const WRITE_GROUP = 12;

type Outcome = { request: FuzzRequest; role: string; status: number; ms: number; problem?: string };

let connectionResets = 0;

async function send(context: APIRequestContext, request: FuzzRequest, role: string): Promise<Outcome> {
  const started = Date.now();
  let outcome = await sendTimed(context, request, role);
  // A kept-alive connection the server closed just as the client reused it: the request never
  // reached the app, so sending it again is the same request, not a retry of a failed one.
  if (outcome.status === 0 && outcome.problem?.includes("ECONNRESET")) {
    connectionResets++;
    outcome = await sendTimed(context, request, role);
  }
  return { ...outcome, ms: Date.now() - started };
}

async function sendTimed(context: APIRequestContext, request: FuzzRequest, role: string): Promise<Omit<Outcome, "ms">> {
  try {
    const response = await context.fetch(request.url, { method: request.method, headers: request.headers, data: request.body, maxRedirects: 0, failOnStatusCode: false, timeout: 60_000 });
    const status = response.status();
    let problem: string | undefined;
    if (status >= 500) problem = `${status}: ${(await response.text()).slice(0, 200)}`;
    else if (request.api && status >= 400 && status !== 404 && !request.url.startsWith("/api/auth/")) {
      // A route handler's refusal says what is wrong, as JSON (Next's own 404 for an unknown path aside).
      const body = await response.json().catch(() => null);
      if (typeof body?.error !== "string" || body.error === "") problem = `${status} without a JSON error`;
    }
    return { request, role, status, problem };
  } catch (error) {
    return { request, role, status: 0, problem: `no answer: ${(error as Error).message.split("\n")[0]}` };
  }
}

async function inParallel<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  }));
  return results;
}

test("fuzz: no 5xx and no partial write from bad input, as every role", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const routes = discoverRouteHandlers();
  const pages = discoverPages();
  const actions = discoverServerActions();
  expect(routes.length).toBeGreaterThan(15);
  expect(actions.length).toBeGreaterThan(10);

  const db = await DatabaseState.connect();
  const contexts = new Map<string, APIRequestContext>();
  for (const role of ROLES) contexts.set(role, await apiSession(baseURL!, role === "signedOut" ? null : role));

  const checksumsBefore = await db.checksums();
  const outcomes: Outcome[] = [];
  const partialWrites: string[] = [];
  let checkedWriteGroups = 0;
  const started = Date.now();

  for (const [index, role] of ROLES.entries()) {
    const context = contexts.get(role)!;
    // Oversized bodies cost the most to send and are refused before the session matters: one role.
    const bigBodies = index === 0;
    const plan = [
      ...planRouteHandlers(routes, baseURL!, 25, 1000 + index, bigBodies),
      // Pages render (the costliest requests here, for the roles that may see them all): few.
      ...planPages(pages, role === "registrar" || role === "admin" ? 1 : 2, 2000 + index),
      // Server actions check the session themselves: a data manager, a student and nobody suffice.
      ...(["registrar", "student", "signedOut"].includes(role) ? planServerActions(actions, baseURL!, 6, 3000 + index, bigBodies) : []),
    ];
    const reads = plan.filter((r) => !isWrite(r));
    const writes = plan.filter(isWrite);
    const roleStarted = Date.now();
    outcomes.push(...(await inParallel(reads, CONCURRENCY, (r) => send(context, r, role))));
    const readsTook = Date.now() - roleStarted;
    // Writes in groups: row counts before and after each group; a group whose every request was
    // refused must leave every count as it was.
    for (let i = 0; i < writes.length; i += WRITE_GROUP) {
      const group = writes.slice(i, i + WRITE_GROUP);
      const before = await db.counts();
      const results = await Promise.all(group.map((r) => send(context, r, role)));
      outcomes.push(...results);
      if (results.every((r) => r.status >= 400)) {
        checkedWriteGroups++;
        const changed = countDifferences(before, await db.counts());
        if (changed.length > 0) partialWrites.push(`${role}: ${group.map((r) => r.label).join(", ")} changed ${changed.join("; ")}`);
      }
    }
    console.log(`[fuzz] ${role}: ${reads.length} reads in ${readsTook} ms, ${writes.length} writes in ${Date.now() - roleStarted - readsTook} ms`);
  }
  // The few requests that may succeed (a feed token) are undone; everything else must be untouched.
  for (const context of contexts.values()) await context.delete("/api/calendar/token", { failOnStatusCode: false });
  const checksumsAfter = await db.checksums();
  await db.close();
  for (const context of contexts.values()) await context.dispose();

  const fiveXX = outcomes.filter((o) => o.status >= 500 || o.status === 0);
  const problems = outcomes.filter((o) => o.problem).map((o) => `${o.role} ${o.request.label} ${o.request.url.slice(0, 120)} -> ${o.problem}`);
  const byStatus = outcomes.reduce<Record<number, number>>((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
  console.log(
    `[fuzz] ${outcomes.length} requests (${routes.length} route handlers, ${pages.length} pages, ${actions.length} server actions, ${ROLES.length} roles) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `5xx: ${fiveXX.length}; write groups checked: ${checkedWriteGroups}; connections reset and resent: ${connectionResets}; statuses: ${JSON.stringify(byStatus)}`,
  );
  fs.writeFileSync(test.info().outputPath("problems.txt"), problems.join("\n"));
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 10).map((o) => `${o.ms} ms ${o.role} ${o.request.label} ${o.request.url.slice(0, 80)}`);
  console.log(`[fuzz] slowest:\n${slowest.join("\n")}`);
  expect(outcomes.length).toBeGreaterThanOrEqual(5_000);
  expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
  expect(fiveXX).toHaveLength(0);
  expect(partialWrites).toEqual([]);
  expect(checksumsAfter).toEqual(checksumsBefore);
});
