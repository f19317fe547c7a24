import { describe, expect, it } from "vitest";
import type { TOptionsResponse } from "@/lib/domain/timetable-editor";
import { cellId, cellState, decideDrop, describeCellState, formatScoreDelta, optionsByCell, parseCellId } from "./cell-options";

const room = (roomId: string, free: boolean, scoreDelta: number, reasons: string[] = []) => ({ roomId, roomName: roomId, free, scoreDelta, reasons });

const options: TOptionsResponse = {
  entryId: "e1",
  version: 3,
  cells: [
    { day: 1, period: 0, free: true, scoreDelta: 0, reasons: [], rooms: [room("LH-101", true, 0)] },
    { day: 1, period: 1, free: true, scoreDelta: -3, reasons: [], rooms: [room("LH-102", true, 1), room("LH-101", true, -3), room("LAB-1", false, 0, ["LAB-1 is a lab room; a lecture room is needed"])] },
    { day: 2, period: 0, free: false, scoreDelta: 4, reasons: ["Dr Rao teaches CS301 (CSE-3A) then", "LH-101 seats 40, CSE-3A has 62"], rooms: [] },
  ],
};
const moving = { day: 1, period: 0, length: 1 };
const cells = optionsByCell(options);

describe("cell ids", () => {
  it("round-trip a day and period", () => {
    expect(parseCellId(cellId(3, 5))).toEqual({ day: 3, period: 5 });
  });
  it("reject ids that are not cells (a meeting's id)", () => {
    expect(parseCellId("clx123")).toBeNull();
  });
});

describe("cellState", () => {
  it("marks the meeting's own cell", () => {
    expect(cellState(cells, { day: 1, period: 0 }, moving)).toEqual({ state: "current" });
  });
  it("waits for the options", () => {
    expect(cellState(null, { day: 2, period: 0 }, moving)).toEqual({ state: "loading" });
  });
  it("lists the fitting rooms of a free cell, best first, without the blocked ones", () => {
    const state = cellState(cells, { day: 1, period: 1 }, moving);
    expect(state.state).toBe("free");
    expect(state.state === "free" && state.rooms.map((r) => r.roomId)).toEqual(["LH-101", "LH-102"]);
  });
  it("keeps every reason of a blocked cell", () => {
    expect(cellState(cells, { day: 2, period: 0 }, moving)).toEqual({
      state: "blocked",
      scoreDelta: 4,
      reasons: ["Dr Rao teaches CS301 (CSE-3A) then", "LH-101 seats 40, CSE-3A has 62"],
    });
  });
  it("blocks a start the server did not list, saying why for a multi-period meeting", () => {
    const state = cellState(cells, { day: 3, period: 4 }, { ...moving, length: 3 });
    expect(state.state).toBe("blocked");
    expect(describeCellState(state)).toContain("3-period meeting cannot start here");
  });
});

describe("decideDrop", () => {
  it("does nothing on the meeting's own cell", () => {
    expect(decideDrop(cellState(cells, { day: 1, period: 0 }, { day: 1, period: 0, length: 1 }))).toEqual({ action: "none" });
  });
  it("moves straight into the only fitting room", () => {
    expect(decideDrop(cellState(cells, { day: 1, period: 0 }, { day: 5, period: 0, length: 1 }))).toEqual({ action: "send", roomId: "LH-101" });
  });
  it("asks which room when several fit", () => {
    const decision = decideDrop(cellState(cells, { day: 1, period: 1 }, moving));
    expect(decision.action).toBe("pickRoom");
  });
  it("asks for confirmation on a blocked cell, with the reasons", () => {
    expect(decideDrop(cellState(cells, { day: 2, period: 0 }, moving))).toEqual({
      action: "confirm",
      reasons: ["Dr Rao teaches CS301 (CSE-3A) then", "LH-101 seats 40, CSE-3A has 62"],
    });
  });
  it("lets the server check when the options have not arrived", () => {
    expect(decideDrop(cellState(null, { day: 2, period: 0 }, moving))).toEqual({ action: "send" });
  });
});

describe("formatScoreDelta", () => {
  it("signs changes so that lower reads as better", () => {
    expect([formatScoreDelta(-3), formatScoreDelta(2.5), formatScoreDelta(0), formatScoreDelta(1e-9)]).toEqual(["−3", "+2.5", "±0", "±0"]);
  });
  it("describes a free cell in words", () => {
    expect(describeCellState(cellState(cells, { day: 1, period: 1 }, moving))).toBe("free, score −3 (better), 2 rooms fit");
  });
});
