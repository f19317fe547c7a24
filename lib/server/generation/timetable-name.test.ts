import { describe, expect, it } from "vitest";
import { generatedTimetableName } from "./timetable-name";

describe("generatedTimetableName", () => {
  it("tells jobs apart by their time in the term's zone and a job reference", () => {
    const job = { id: "cmx6abcdefgh7k2q", createdAt: new Date("2026-12-02T11:10:00Z") };
    expect(generatedTimetableName("Balanced", job, "Asia/Kolkata")).toBe("Balanced · 2 Dec 16:40 · job 7k2q");
    expect(generatedTimetableName("Balanced", { ...job, id: "cmx6zzzzzzzz0001" }, "Asia/Kolkata")).not.toBe(generatedTimetableName("Balanced", job, "Asia/Kolkata"));
  });
});
