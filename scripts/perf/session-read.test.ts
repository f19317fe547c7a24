// Unit test of lib/auth/session.ts's cookie read (getToken + cached decode), which replaced
// getServerSession for speed. It lives here because this change could only add files under
// scripts/perf/; lib/auth/session.test.ts is its natural home.
import { encode, type JWT } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// React's cache() memoises per server request; here every call must read the cookie again.
vi.mock("react", async (importOriginal) => ({ ...(await importOriginal<typeof import("react")>()), cache: <T>(fn: T) => fn }));
const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...jar.cookies].map(([name, value]) => ({ name, value })) }),
  headers: async () => new Headers(),
}));

// The session row (tests/integration/user-sessions.test.ts covers it against the database): here
// every session is live and its user is who the token says.
vi.mock("@/lib/server/auth/user-sessions", () => ({
  findLiveSessionUser: async ({ userId }: { userId: string }) => ({ id: userId, role: "FACULTY", email: "f@demo.edu", name: "Dr F", departmentId: "dept-1" }),
}));

const SECRET = "session-read-test-secret";
const COOKIE = "next-auth.session-token";
const claims: JWT = { id: "user-1", sid: "session-1", role: "FACULTY", email: "f@demo.edu", name: "Dr F", departmentId: "dept-1" };

async function signedIn(token: JWT, maxAge = 3600): Promise<void> {
  jar.cookies.set(COOKIE, await encode({ token, secret: SECRET, maxAge }));
}

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
  jar.cookies.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("getSessionUser", () => {
  it("returns the claims of a valid session cookie, also when read again from the cache", async () => {
    const { getSessionUser } = await import("@/lib/auth/session");
    await signedIn(claims);
    const expected = { id: "user-1", role: "FACULTY", email: "f@demo.edu", name: "Dr F", departmentId: "dept-1" };
    expect(await getSessionUser()).toEqual(expected);
    expect(await getSessionUser()).toEqual(expected);
  });

  it("is null without a cookie, with a tampered one, or one made with another secret", async () => {
    const { getSessionUser } = await import("@/lib/auth/session");
    expect(await getSessionUser()).toBeNull();
    await signedIn(claims);
    const token = jar.cookies.get(COOKIE)!;
    jar.cookies.set(COOKIE, `${token.slice(0, -4)}AAAA`);
    expect(await getSessionUser()).toBeNull();
    jar.cookies.set(COOKIE, await encode({ token: claims, secret: "another-secret" }));
    expect(await getSessionUser()).toBeNull();
  });

  it("is null for a token from before sessions had rows (no sid)", async () => {
    const { getSessionUser } = await import("@/lib/auth/session");
    await signedIn({ ...claims, sid: undefined });
    expect(await getSessionUser()).toBeNull();
  });

  it("is null for a token without a known role", async () => {
    const { getSessionUser } = await import("@/lib/auth/session");
    // A role from an older deployment, or a forged claim set that still decrypts.
    await signedIn({ ...claims, role: "SUPERUSER" } as unknown as JWT);
    expect(await getSessionUser()).toBeNull();
  });

  it("stops accepting a cached token once it expires", async () => {
    const { getSessionUser } = await import("@/lib/auth/session");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T09:00:00Z"));
    await signedIn({ ...claims, id: "user-expiring" }, 60);
    expect((await getSessionUser())?.id).toBe("user-expiring");
    // Within jose's 15 s clock tolerance after exp: still accepted, as an uncached decode would.
    vi.setSystemTime(new Date("2026-11-23T09:01:10Z"));
    expect((await getSessionUser())?.id).toBe("user-expiring");
    vi.setSystemTime(new Date("2026-11-23T09:01:16Z"));
    expect(await getSessionUser()).toBeNull();
  });
});
