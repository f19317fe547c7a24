import { describe, expect, it } from "vitest";
import { changedOfferingIds, pairMeetings, type MeetingSpot } from "./pair-meetings";

const m = (offeringId: string, day: number, period: number, roomId = "R1"): MeetingSpot => ({ offeringId, day, period, roomId });

describe("pairMeetings", () => {
  it("does not call a renumbering of an offering's meetings a move", () => {
    const pairs = pairMeetings([m("A", 1, 0), m("A", 2, 0)], [m("A", 2, 0), m("A", 1, 0)]);
    expect(pairs.unchanged).toHaveLength(2);
    expect(pairs.moved).toHaveLength(0);
    expect(changedOfferingIds(pairs).size).toBe(0);
  });

  it("tells moves, room changes, additions and removals apart", () => {
    const before = [m("A", 1, 0), m("A", 2, 0), m("B", 1, 1), m("C", 3, 3)];
    const after = [m("A", 1, 0), m("A", 4, 2), m("B", 1, 1, "R2"), m("D", 5, 0)];
    const pairs = pairMeetings(before, after);
    expect(pairs.unchanged.map((p) => p.after)).toEqual([m("A", 1, 0)]);
    expect(pairs.moved).toEqual([{ before: m("A", 2, 0), after: m("A", 4, 2) }]);
    expect(pairs.roomChanged).toEqual([{ before: m("B", 1, 1), after: m("B", 1, 1, "R2") }]);
    expect(pairs.added).toEqual([m("D", 5, 0)]);
    expect(pairs.removed).toEqual([m("C", 3, 3)]);
    expect([...changedOfferingIds(pairs)].sort()).toEqual(["A", "B", "C", "D"]);
  });

  it("prefers a room change over a move when one meeting keeps its time", () => {
    const pairs = pairMeetings([m("A", 1, 0), m("A", 2, 0)], [m("A", 2, 0, "R2"), m("A", 3, 0)]);
    expect(pairs.roomChanged).toHaveLength(1);
    expect(pairs.moved).toEqual([{ before: m("A", 1, 0), after: m("A", 3, 0) }]);
  });
});
