import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// with-auth reads the session through next-auth; replace that so the guard's
// own logic is tested in isolation.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

const { getSessionUser } = await import("@/lib/auth/session");
const { withAuth, parseJsonBody } = await import("@/lib/api/with-auth");
const { AppError } = await import("@/lib/domain/app-error");

const sessionUser = vi.mocked(getSessionUser);
const registrar = { id: "u1", email: "r@demo.edu", name: "Rita", role: "REGISTRAR" as const, departmentId: null };
const student = { ...registrar, id: "u2", role: "STUDENT" as const };

const ctx = <P,>(params: P) => ({ params: Promise.resolve(params) });
const get = () => new Request("http://localhost/api/x");

beforeEach(() => sessionUser.mockReset());

describe("withAuth", () => {
  it("answers 401 JSON when signed out, without calling the handler", async () => {
    sessionUser.mockResolvedValue(null);
    const handler = vi.fn();
    const response = await withAuth(handler)(get(), ctx({}));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to continue" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 JSON when the permission is missing", async () => {
    sessionUser.mockResolvedValue(student);
    const handler = vi.fn();
    const response = await withAuth(handler, { permission: "timetable.publish" })(get(), ctx({}));
    expect(response.status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 403 JSON when the role is not listed", async () => {
    sessionUser.mockResolvedValue(registrar);
    const response = await withAuth(vi.fn(), { roles: ["ADMIN"] })(get(), ctx({}));
    expect(response.status).toBe(403);
  });

  it("passes the user and the awaited params to the handler", async () => {
    sessionUser.mockResolvedValue(registrar);
    const route = withAuth<{ id: string }>(async (_req, { user, params }) => Response.json({ who: user.name, id: params.id }), {
      permission: "jobs.view",
    });
    const response = await route(get(), ctx({ id: "job-7" }));
    expect(await response.json()).toEqual({ who: "Rita", id: "job-7" });
  });

  it("maps errors thrown by the handler", async () => {
    sessionUser.mockResolvedValue(registrar);
    const notFound = withAuth(async () => {
      throw new AppError("NOT_FOUND", "No such job");
    });
    const response = await notFound(get(), ctx({}));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "No such job" });
  });

  it("lets Next's own interrupts (notFound, redirect) through instead of answering 500", async () => {
    sessionUser.mockResolvedValue(registrar);
    const { notFound } = await import("next/navigation");
    const route = withAuth(async () => notFound());
    await expect(route(get(), ctx({}))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});

describe("withAuth against cross-site requests", () => {
  const request = (method: string, headers: Record<string, string>) => new Request("http://localhost:3100/api/x", { method, headers: { host: "localhost:3100", ...headers } });
  const handler = vi.fn(async () => Response.json({ ok: true }));
  const route = withAuth(handler);
  beforeEach(() => {
    sessionUser.mockResolvedValue(registrar);
    handler.mockClear();
  });

  it("refuses a state-changing request from another origin, another port of the same host, or Origin null", async () => {
    for (const origin of ["http://localhost:8081", "null", "https://evil.example", "http://localhost:3100.evil.example"]) {
      for (const method of ["POST", "DELETE", "PUT", "PATCH"]) {
        const response = await route(request(method, { origin }), ctx({}));
        expect(response.status, `${method} from ${origin}`).toBe(403);
      }
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a browser request that hides its origin but says it is cross-site", async () => {
    expect((await route(request("POST", { "sec-fetch-site": "cross-site" }), ctx({}))).status).toBe(403);
    expect((await route(request("POST", { "sec-fetch-site": "same-site" }), ctx({}))).status).toBe(403);
  });

  it("accepts its own origin, a request from no browser at all, and any safe method", async () => {
    expect((await route(request("POST", { origin: "http://localhost:3100" }), ctx({}))).status).toBe(200);
    expect((await route(request("POST", { "sec-fetch-site": "same-origin" }), ctx({}))).status).toBe(200);
    expect((await route(request("POST", {}), ctx({}))).status).toBe(200);
    expect((await route(request("GET", { origin: "http://localhost:8081" }), ctx({}))).status).toBe(200);
  });
});

describe("parseJsonBody", () => {
  const schema = z.object({ variants: z.number().int().min(1, "must be between 1 and 5").max(5, "must be between 1 and 5") });
  const post = (body: string, contentType = "application/json") => new Request("http://localhost/api/x", { method: "POST", body, headers: { "Content-Type": contentType } });

  beforeEach(() => sessionUser.mockResolvedValue(registrar));
  const route = withAuth(async (req) => Response.json(await parseJsonBody(req, schema)));

  it("returns the parsed body", async () => {
    expect(await (await route(post('{"variants":3}'), ctx({}))).json()).toEqual({ variants: 3 });
  });

  it("answers 400 for a body that is not JSON", async () => {
    const response = await route(post("{variants"), ctx({}));
    expect(response.status).toBe(400);
  });

  it("answers 422 naming the field for a schema mismatch", async () => {
    const response = await route(post('{"variants":9}'), ctx({}));
    expect(response.status).toBe(422);
    expect((await response.json()).error).toBe("variants: must be between 1 and 5");
  });

  it("answers 415 for a body not sent as application/json (a cross-site form can send text/plain)", async () => {
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await route(post('{"variants":3}', type), ctx({}));
      expect(response.status, type).toBe(415);
    }
    expect((await route(post('{"variants":3}', "application/json; charset=utf-8"), ctx({}))).status).toBe(200);
  });

  it("answers 422 naming the field for a NUL anywhere in the body, before the schema runs", async () => {
    const strict = withAuth(async (req) => Response.json(await parseJsonBody(req, z.object({ termId: z.string() }))));
    const response = await strict(post(JSON.stringify({ termId: "ab\u0000cd", variants: 1 })), ctx({}));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: "termId: must not contain control characters", details: [{ path: "termId", message: "must not contain control characters" }] });
  });
});
