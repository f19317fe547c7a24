import { describe, expect, it } from "vitest";
import { Planter, type MeetingRequest } from "./planter";
import { createRng } from "./rng";

// One day of 4 periods with a break after period 1: two 2-period runs, no room for 3 periods.
const planter = () =>
  new Planter(1, 4, [false, true, false, false], [
    { id: "lab", capacity: 40, type: "LAB", departmentId: "d" },
    { id: "hall", capacity: 60, type: "LECTURE", departmentId: null },
  ]);

const request = (overrides: Partial<MeetingRequest> = {}): MeetingRequest => ({
  offeringId: "o", meetingIndex: 0, length: 2, facultyId: "f", facultyMaxPerDay: 8, batchIds: ["b"], roomType: "LAB",
  seats: 30, departmentId: "d", usedDays: new Set(), previousRoomId: null, wishedFreeFor: [], ...overrides,
});

describe("Planter", () => {
  it("never lets a meeting span a break", () => {
    expect(planter().place(request({ length: 3 }), createRng(1))).toBeNull();
  });

  it("fills the break-free runs, then refuses a third meeting of the same batch", () => {
    const p = planter();
    const rng = createRng(1);
    const first = p.place(request({ offeringId: "x", facultyId: "f1" }), rng)!;
    const second = p.place(request({ offeringId: "y", facultyId: "f2" }), rng)!;
    expect([first.period, second.period].sort()).toEqual([0, 2]);
    expect(p.place(request({ offeringId: "z", facultyId: "f3", batchIds: ["b"] }), rng)).toBeNull();
  });

  it("needs a room of the right type with enough seats", () => {
    expect(planter().place(request({ seats: 41 }), createRng(1))).toBeNull();
    expect(planter().place(request({ roomType: "SEMINAR" }), createRng(1))).toBeNull();
    expect(planter().place(request({ roomType: "LECTURE", seats: 60 }), createRng(1))?.roomId).toBe("hall");
  });

  it("respects the faculty member's daily limit", () => {
    const p = planter();
    const rng = createRng(1);
    expect(p.place(request({ offeringId: "x", batchIds: ["b1"], facultyMaxPerDay: 3 }), rng)).not.toBeNull();
    expect(p.place(request({ offeringId: "y", batchIds: ["b2"], facultyMaxPerDay: 3, roomType: "LECTURE" }), rng)).toBeNull();
  });
});
