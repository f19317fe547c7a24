import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, takesApiPolicy } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("lets only nonce'd scripts run in production, and keeps style attributes working", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", development: false, https: false });
    const directives = new Map(policy.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives.get("script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directives.get("style-src")).toBe("style-src 'self' 'nonce-abc123=='");
    expect(directives.get("style-src-attr")).toBe("style-src-attr 'unsafe-inline'");
    expect(directives.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directives.get("object-src")).toBe("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds eval for development and the https upgrade when served over https", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("style-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});

describe("newNonce", () => {
  it("is 128 bits of base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("takesApiPolicy", () => {
  it("covers route handlers, not pages nor next-auth's own pages", () => {
    expect(["/api/terms", "/api/timetable.ics", "/api/health"].map(takesApiPolicy)).toEqual([true, true, true]);
    expect(["/api/auth/signout", "/admin/terms", "/apiary", "/login"].map(takesApiPolicy)).toEqual([false, false, false, false]);
  });
});
