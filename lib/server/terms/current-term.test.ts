import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
const { defaultTerm } = await import("./current-term");

const term = (name: string, firstDay: string, lastDay: string, published = false, created = "2026-01-01") => ({
  name,
  firstDay: new Date(`${firstDay}T00:00:00Z`),
  lastDay: new Date(`${lastDay}T00:00:00Z`),
  createdAt: new Date(`${created}T00:00:00Z`),
  published,
});

describe("defaultTerm", () => {
  const odd = term("Odd", "2026-07-20", "2026-11-27", true);
  const copy = term("Copy", "2026-07-20", "2026-11-27", false, "2026-06-01");
  const even = term("Even", "2027-01-04", "2027-05-07");
  const future = term("Far future", "2090-07-20", "2090-11-27", true);
  const itc = term("comp01", "2007-09-03", "2007-12-21", true);

  it("picks the term running today, preferring a published one", () => {
    expect(defaultTerm([copy, odd, even, future, itc], "2026-09-30")?.name).toBe("Odd");
  });

  it("between terms, picks the latest that has started, never one far ahead", () => {
    expect(defaultTerm([future, even, copy, odd, itc], "2026-12-02")?.name).toBe("Odd");
    expect(defaultTerm([future, even, odd], "2027-02-01")?.name).toBe("Even");
  });

  it("before any term starts, picks the soonest", () => {
    expect(defaultTerm([future, even], "2026-12-02")?.name).toBe("Even");
  });
});
