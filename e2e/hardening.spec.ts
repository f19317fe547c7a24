// Issue "Hardening": each finding reproduced over real HTTP against `next start` (two processes)
// and the worker. Each test failed on the code before its fix.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSession } from "./api-session";
import type { DemoAccount } from "./fixtures";

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
