import { describe, expect, it } from "vitest";
import { ZERO_WEIGHTS } from "@/lib/solver/test-input";
import { expectedSizeOf, facultyDisplayName, mapSolverInput } from "./map-solver-input";
import type { SnapshotOffering, TermSnapshot } from "./term-snapshot";

function offering(id: string, extra: Partial<SnapshotOffering> = {}): SnapshotOffering {
  return {
    id,
    subjectCode: id.toUpperCase(),
    subjectName: `Subject ${id}`,
    subjectRoomType: "LECTURE",
    roomType: null,
    facultyId: null,
    meetingsPerWeek: 3,
    meetingLength: 1,
    minDays: 3,
    expectedSize: null,
    batchIds: [],
    unavailable: [],
    ...extra,
  };
}

function snapshot(extra: Partial<TermSnapshot> = {}): TermSnapshot {
  return {
    termId: "t1",
    workingDays: [1, 2, 3],
    periods: [
      { index: 0, startTime: "09:00", endTime: "10:00" },
      { index: 1, startTime: "10:00", endTime: "11:00" },
    ],
    rooms: [],
    faculty: [],
    batches: [
      { id: "b1", code: "CSE-3A", size: 60 },
      { id: "b2", code: "CSE-3B", size: 55 },
    ],
    offerings: [],
    students: [],
    fixedSlots: [],
    ...extra,
  };
}

describe("expected size", () => {
  const sizes = new Map([["b1", 60], ["b2", 55]]);

  it("defaults to the sum of the offering's batch sizes", () => {
    expect(expectedSizeOf(offering("cs301", { batchIds: ["b1", "b2"] }), sizes)).toBe(115);
  });

  it("adds the students of other batches who take the offering as an extra, once each", () => {
    const input = mapSolverInput(
      snapshot({
        offerings: [offering("el1", { batchIds: ["b1"] }), offering("cs302", { batchIds: ["b2"] })],
        students: [
          { batchId: "b2", extraOfferingIds: ["el1"] },
          { batchId: "b2", extraOfferingIds: ["el1", "el1"] },
          // Already counted in b1's size.
          { batchId: "b1", extraOfferingIds: ["el1"] },
        ],
      }),
      ZERO_WEIGHTS,
    ).input;
    expect(input.offerings.map((o) => [o.id, o.size])).toEqual([
      ["el1", 62],
      ["cs302", 55],
    ]);
  });

  it("uses the registrar's expected size when set, even 0", () => {
    expect(expectedSizeOf(offering("cs301", { batchIds: ["b1"], expectedSize: 40 }), sizes)).toBe(40);
    expect(expectedSizeOf(offering("cs301", { batchIds: ["b1"], expectedSize: 0 }), sizes)).toBe(0);
  });
});

describe("student groups", () => {
  const offerings = [
    offering("cs301", { batchIds: ["b1"] }),
    offering("cs302", { batchIds: ["b1"] }),
    offering("ee210", { batchIds: ["b2"] }),
    offering("ma401", { batchIds: ["b2"] }),
  ];

  it("makes one group per distinct batch + extras combination, however many students share it", () => {
    const { input } = mapSolverInput(
      snapshot({
        offerings,
        students: [
          { batchId: "b1", extraOfferingIds: ["ma401", "ee210"] },
          { batchId: "b1", extraOfferingIds: ["ee210", "ma401"] }, // same set, other order
          { batchId: "b1", extraOfferingIds: ["ee210"] },
          { batchId: "b2", extraOfferingIds: ["cs301"] },
        ],
      }),
      ZERO_WEIGHTS,
    );
    const groups = input.groups.filter((g) => g.kind === "students");
    expect(groups.map((g) => [...g.offeringIds].sort())).toEqual([
      ["cs301", "cs302", "ee210"],
      ["cs301", "cs302", "ee210", "ma401"],
      ["cs301", "ee210", "ma401"],
    ]);
    expect(groups.map((g) => g.name)).toEqual([
      "CSE-3A + EE210 (1 student)",
      "CSE-3A + EE210, MA401 (2 students)",
      "CSE-3B + CS301 (1 student)",
    ]);
    expect(groups.every((g) => !g.compact)).toBe(true);
    expect(new Set(groups.map((g) => g.id)).size).toBe(3);
  });

  it("adds no group when the extras are the batch's own or outside the scope", () => {
    const { input } = mapSolverInput(
      snapshot({
        offerings,
        students: [
          { batchId: "b1", extraOfferingIds: ["cs301"] },
          { batchId: "b1", extraOfferingIds: ["not-in-scope"] },
          { batchId: "b-other", extraOfferingIds: ["cs301"] },
        ],
      }),
      ZERO_WEIGHTS,
    );
    expect(input.groups.map((g) => [g.id, g.kind])).toEqual([
      ["b1", "batch"],
      ["b2", "batch"],
    ]);
  });
});

describe("mapSolverInput", () => {
  it("maps faculty slots, room and offering unavailability and pins from ISO weekdays to slots", () => {
    const { input, facultyIdByOffering, blockers } = mapSolverInput(
      snapshot({
        rooms: [{ id: "r1", code: "LH-101", capacity: 80, type: "LECTURE", unavailable: [{ day: 2, period: 1 }] }],
        faculty: [
          {
            id: "f1",
            title: "Dr",
            name: "Asha Rao",
            maxPeriodsPerDay: 3,
            maxPeriodsPerWeek: 12,
            avoidBackToBack: true,
            slots: [
              { day: 1, period: 0, preference: "UNAVAILABLE" },
              { day: 3, period: 1, preference: "PREFERRED" },
              { day: 7, period: 0, preference: "UNAVAILABLE" }, // Sunday: not a working day
            ],
          },
        ],
        offerings: [
          offering("cs301", { batchIds: ["b1"], facultyId: "f1", unavailable: [{ day: 3, period: 0 }] }),
          offering("cs391", { batchIds: ["b1", "b2"], subjectRoomType: "LECTURE", roomType: "LAB", meetingLength: 2 }),
        ],
        fixedSlots: [
          { offeringId: "cs301", meetingIndex: null, day: 2, period: 0, roomId: "r1" },
          { offeringId: "cs391", meetingIndex: 1, day: 6, period: 0, roomId: null }, // Saturday: off the grid
        ],
      }),
      ZERO_WEIGHTS,
    );
    expect(input.days).toBe(3);
    expect(input.rooms[0]).toMatchObject({ name: "LH-101", unavailable: [3] });
    expect(input.faculty[0]).toMatchObject({ name: "Dr Asha Rao", unavailable: [0], preferred: [5], maxPeriodsPerDay: 3, avoidBackToBack: true });
    expect(input.offerings[0]).toMatchObject({ name: "CS301 Subject cs301 (CSE-3A)", size: 60, roomType: "LECTURE", unavailable: [4] });
    expect(input.offerings[1]).toMatchObject({ name: "CS391 Subject cs391 (CSE-3A, CSE-3B)", size: 115, roomType: "LAB", length: 2 });
    expect(input.fixed).toEqual([{ offeringId: "cs301", day: 1, period: 0, roomId: "r1" }]);
    expect(blockers).toHaveLength(1);
    expect(blockers[0]).toMatchObject({ kind: "fixedSlotOffGrid", offeringIds: ["cs391"] });
    expect(blockers[0].message).toContain("Sat");
    expect(facultyIdByOffering.get("cs301")).toBe("f1");
    expect(facultyIdByOffering.get("cs391")).toBeNull();
  });

  it("reports a scope without offerings instead of producing an empty timetable", () => {
    expect(mapSolverInput(snapshot(), ZERO_WEIGHTS).blockers.map((b) => b.kind)).toEqual(["noOfferings"]);
    expect(mapSolverInput(snapshot({ offerings: [offering("cs301")] }), ZERO_WEIGHTS).blockers).toEqual([]);
  });

  it("names faculty with their title once", () => {
    expect(facultyDisplayName("Dr", "Asha Rao")).toBe("Dr Asha Rao");
    expect(facultyDisplayName("Dr", "Dr Asha Rao")).toBe("Dr Asha Rao");
    expect(facultyDisplayName(null, "Asha Rao")).toBe("Asha Rao");
  });
});
