// Issue "Hardening": each finding reproduced over real HTTP against `next start` (two processes)
// and the worker. Each test failed on the code before its fix.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSession } from "./api-session";
import type { DemoAccount } from "./fixtures";
import { discoverServerActions } from "./fuzz/discover";

test.describe.configure({ mode: "serial" });

const sessions = new Map<DemoAccount | "signedOut", APIRequestContext>();
async function as(who: DemoAccount | "signedOut", baseURL: string): Promise<APIRequestContext> {
  if (!sessions.has(who)) sessions.set(who, await apiSession(baseURL, who === "signedOut" ? null : who));
  return sessions.get(who)!;
}
test.afterAll(async () => {
  for (const context of sessions.values()) await context.dispose();
});

test.describe("a NUL or another control character in a URL or a body answers 4xx naming the field", () => {
  test("route handlers' query parameters and paths", async ({ baseURL }) => {
    const student = await as("student", baseURL!);
    const response = await student.get("/api/timetable?scope=me&termId=%00");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toBe("Bad request: the query parameter termId contains a control character");

    const feed = await (await as("signedOut", baseURL!)).get("/api/calendar/ab%00cd.ics");
    expect(feed.status()).toBe(400);
    expect((await feed.json()).error).toContain("path");
  });

  test("pages' query parameters", async ({ baseURL }) => {
    const registrar = await as("registrar", baseURL!);
    for (const url of ["/admin/data/subjects?q=%00", "/timetable/print?scope=me&termId=%00x", "/admin/data/rooms/%00"]) {
      const response = await registrar.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(400);
    }
    const admin = await as("admin", baseURL!);
    const audit = await admin.get("/admin/audit?entity=%00");
    expect(audit.status()).toBe(400);
    expect(await audit.text()).toContain("the query parameter entity contains a control character");
  });

  test("JSON bodies", async ({ baseURL }) => {
    const registrar = await as("registrar", baseURL!);
    const response = await registrar.post("/api/jobs", { data: { termId: "ab\u0000cd", variants: 1, secondsPerVariant: 5 } });
    expect(response.status()).toBe(422);
    expect((await response.json()).error).toBe("termId: must not contain control characters");
  });
});

test("a .ctt file with a number too large for its column answers 422 naming the line, and nothing is written", async ({ baseURL }) => {
  const registrar = await as("registrar", baseURL!);
  const ctt = ["Name: Overflow", "Courses: 1", "Rooms: 1", "Days: 5", "Periods_per_day: 4", "Curricula: 0", "Constraints: 0", "", "COURSES:", "c1 t1 2 2 30", "", "ROOMS:", "R1 99999999999", "", "CURRICULA:", "", "UNAVAILABILITY_CONSTRAINTS:", "", "END.", ""].join("\n");
  const termsBefore = ((await (await registrar.get("/api/terms")).json()) as { terms: unknown[] }).terms.length;
  const response = await registrar.post("/api/terms/import-ctt", { data: ctt, headers: { "Content-Type": "text/plain" } });
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toContain("line 13: Capacity must be at most 100000");
  expect(((await (await registrar.get("/api/terms")).json()) as { terms: unknown[] }).terms.length).toBe(termsBefore);
});

test.describe("cross-site requests are refused by every state-changing route handler", () => {
  const FOREIGN = ["http://localhost:8081", "null"];

  test("another origin (same host, other port) or Origin null gets 403, and nothing happens", async ({ baseURL }) => {
    const registrar = await as("registrar", baseURL!);
    const before = (await (await registrar.get("/api/calendar/token")).json()) as { activeTokens: number };
    for (const origin of FOREIGN) {
      const headers = { Origin: origin, "Content-Type": "text/plain" };
      const attempts = [
        registrar.post("/api/jobs/some-job/cancel", { headers }),
        registrar.post("/api/import/rooms?mode=preview", { headers, data: "code,building,capacity,type\nX,Y,10,LAB\n" }),
        registrar.post("/api/calendar/token", { headers }),
        registrar.delete("/api/calendar/token", { headers }),
        registrar.post("/api/jobs", { headers, data: JSON.stringify({ termId: "x", variants: 1, secondsPerVariant: 5 }) }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.status(), `${response.url()} from ${origin}`).toBe(403);
        expect((await response.json()).error).toContain("Cross-site request refused");
      }
    }
    expect((await (await registrar.get("/api/calendar/token")).json()) as { activeTokens: number }).toEqual(before);
  });

  test("a JSON route refuses a text/plain body with 415, even from its own origin", async ({ baseURL }) => {
    const registrar = await as("registrar", baseURL!);
    const response = await registrar.post("/api/jobs", {
      headers: { Origin: baseURL!, "Content-Type": "text/plain" },
      data: JSON.stringify({ termId: "x", variants: 1, secondsPerVariant: 5 }),
    });
    expect(response.status()).toBe(415);
    const own = await registrar.post("/api/jobs", { headers: { Origin: baseURL! }, data: { termId: "no-such-term", variants: 1, secondsPerVariant: 5 } });
    expect([404, 422]).toContain(own.status());
  });
});

test("a server-action payload Next cannot decode answers 4xx, not 500", async ({ baseURL }) => {
  const registrar = await as("registrar", baseURL!);
  const action = discoverServerActions().find((a) => a.name.endsWith("#saveRoomAction"))!;
  const call = (body: string, contentType = "text/plain;charset=UTF-8") =>
    registrar.post(action.pagePath.replace(/\[[^\]]+\]/g, "new"), { headers: { "Next-Action": action.id, "Content-Type": contentType, Origin: baseURL! }, data: body });
  expect((await call("[{")).status()).toBe(400);
  expect((await call("")).status()).toBe(400);
  expect((await call("--x\r\njunk\r\n--x--", "multipart/form-data; boundary=x")).status()).toBe(400);
  expect((await call(JSON.stringify(["x".repeat(1_100_000)]))).status()).toBe(413);
});
