import { describe, expect, it } from "vitest";
import { layoutDay, type WeekGridBlock } from "./week-grid-layout";

const block = (id: string, period: number, length = 1): WeekGridBlock => ({
  id,
  day: 1,
  period,
  length,
  subjectCode: id,
  batchLabel: "CSE-3A",
  facultyLabel: null,
  roomLabel: "LH-101",
});

const kinds = (cells: ReturnType<typeof layoutDay>) => cells.map((c) => (c.kind === "start" ? `start${c.span}` : c.kind));

describe("layoutDay", () => {
  it("spans a meeting over its periods and leaves the rest empty", () => {
    expect(kinds(layoutDay([block("LAB", 1, 2), block("CS301", 4)], 6))).toEqual(["empty", "start2", "covered", "empty", "start1", "empty"]);
  });

  it("stacks clashing meetings in one cell and stretches it to the longest", () => {
    const cells = layoutDay([block("A", 2), block("B", 1, 2), block("C", 2, 2)], 5);
    expect(kinds(cells)).toEqual(["empty", "start3", "covered", "covered", "empty"]);
    const start = cells[1] as Extract<(typeof cells)[number], { kind: "start" }>;
    expect(start.blocks.map((b) => b.id)).toEqual(["B", "C", "A"]);
  });

  it("cuts a meeting that runs past the last period and ignores one outside the day", () => {
    expect(kinds(layoutDay([block("X", 2, 3), block("Y", 7)], 3))).toEqual(["empty", "empty", "start1"]);
  });
});
