import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/request-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/admin/jobs?status=RUNNING")).toBe("/admin/jobs?status=RUNNING");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it.each([
    ["absolute URL", "https://evil.example/admin"],
    ["protocol-relative URL", "//evil.example"],
    ["backslash trick", "/\\evil.example"],
    ["tab that browsers strip", "/\t/evil.example"],
    ["relative path", "admin"],
    ["javascript URL", "javascript:alert(1)"],
  ])("rejects a %s", (_, candidate) => {
    expect(safeCallbackPath(candidate)).toBeNull();
  });

  it("rejects nothing at all", () => {
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath("")).toBeNull();
  });
});
