import { describe, expect, it } from "vitest";
import { MEDIUM_SIZE, syntheticInstance, UNIVERSITY_SIZE } from "./engine/synthetic-instance";
import { evaluate } from "./evaluate";
import { independentParts } from "./parts";
import { solve } from "./solve";
import { threadsPerPart } from "./solve-parts";
import type { SolverInput } from "./types";

/** The instance with every id suffixed: a second campus that shares nothing with the first. */
function renamed(input: SolverInput, suffix: string): SolverInput {
  const id = (x: string) => `${x}${suffix}`;
  return {
    ...input,
    rooms: input.rooms.map((r) => ({ ...r, id: id(r.id) })),
    faculty: input.faculty.map((f) => ({ ...f, id: id(f.id) })),
    groups: input.groups.map((g) => ({ ...g, id: id(g.id), offeringIds: g.offeringIds.map(id) })),
    offerings: input.offerings.map((o) => ({ ...o, id: id(o.id), facultyId: o.facultyId === null ? null : id(o.facultyId) })),
    fixed: input.fixed.map((f) => ({ ...f, offeringId: id(f.offeringId), ...(f.roomId ? { roomId: id(f.roomId) } : {}) })),
  };
}

function twoCampuses(size = UNIVERSITY_SIZE): SolverInput {
  const a = renamed(syntheticInstance(3, size), "@A");
  const b = renamed(syntheticInstance(4, size), "@B");
  return { ...a, rooms: [...a.rooms, ...b.rooms], faculty: [...a.faculty, ...b.faculty], groups: [...a.groups, ...b.groups], offerings: [...a.offerings, ...b.offerings], fixed: [...a.fixed, ...b.fixed] };
}

const campusOf = (id: string) => id.slice(id.lastIndexOf("@"));

describe("independentParts", () => {
  it("splits two campuses that share nothing, each with its own people and a share of every room type", () => {
    const input = twoCampuses();
    const parts = independentParts(input)!;
    expect(parts).toHaveLength(2);
    const allRooms = parts.flatMap((p) => p.input.rooms.map((r) => r.id));
    expect(allRooms.sort()).toEqual(input.rooms.map((r) => r.id).sort());
    for (const part of parts) {
      const campus = campusOf(part.input.offerings[0].id);
      expect(part.input.offerings.every((o) => campusOf(o.id) === campus)).toBe(true);
      expect(part.input.faculty.every((f) => campusOf(f.id) === campus)).toBe(true);
      expect(part.input.groups.every((g) => campusOf(g.id) === campus)).toBe(true);
      expect(part.input.fixed.every((f) => campusOf(f.offeringId) === campus)).toBe(true);
      for (const f of part.input.fixed) if (f.roomId) expect(part.input.rooms.map((r) => r.id)).toContain(f.roomId);
      for (const type of new Set(part.input.offerings.map((o) => o.roomType))) {
        expect(part.input.rooms.some((r) => type === null || r.type === type), `rooms of type ${type}`).toBe(true);
      }
      expect(part.meetings).toBe(part.input.offerings.reduce((n, o) => n + o.meetings, 0));
    }
  });

  it("keeps one search when a faculty member teaches on both campuses", () => {
    const input = twoCampuses();
    const shared = input.offerings.find((o) => o.facultyId?.endsWith("@A"))!.facultyId;
    const onB = input.offerings.findIndex((o) => o.id.endsWith("@B") && o.facultyId !== null);
    input.offerings[onB] = { ...input.offerings[onB], facultyId: shared };
    expect(independentParts(input)).toBeNull();
  });

  it("keeps one search when a group (students who take courses on both campuses) joins them", () => {
    const input = twoCampuses();
    const a = input.offerings.find((o) => o.id.endsWith("@A"))!.id;
    const b = input.offerings.find((o) => o.id.endsWith("@B"))!.id;
    input.groups.push({ id: "commuters", name: "commuters", kind: "students", offeringIds: [a, b], compact: false });
    expect(independentParts(input)).toBeNull();
  });

  it("does not split off parts too small to be worth a search of their own", () => {
    expect(independentParts(twoCampuses(MEDIUM_SIZE))).toBeNull();
  });
});

describe("solve() on independent parts", () => {
  it("solves them part by part, reproducibly for a seed and an iteration budget, and joins a clash-free timetable scored by evaluate()", async () => {
    const input = twoCampuses();
    const options = { timeLimitMs: 600_000, seed: 7, maxIterations: 400_000 };
    const first = await solve(input, options);
    const second = await solve(input, options);
    expect(first.stats.parts).toBe(2);
    expect(first.placements).toEqual(second.placements);
    expect(first.placements).toHaveLength(input.offerings.reduce((n, o) => n + o.meetings, 0));
    const scored = evaluate(input, first.placements);
    expect(first.hard).toBe(scored.hard);
    expect(first.soft).toBeCloseTo(scored.soft, 6);
    expect(first.hard).toBe(0);
    // Each room went to one part: no room hosts meetings of both campuses.
    const roomsOf = (campus: string) => new Set(first.placements.filter((p) => campusOf(p.offeringId) === campus).map((p) => p.roomId));
    const onA = roomsOf("@A");
    expect([...roomsOf("@B")].filter((r) => onA.has(r))).toEqual([]);
  });

  it("gives the same timetable in 2 threads as in 1 for a seed and an iteration budget", async () => {
    const input = twoCampuses();
    const options = { timeLimitMs: 600_000, seed: 11, maxIterations: 200_000 };
    const one = await solve(input, options);
    const two = await solve(input, { ...options, threads: 2 });
    expect(two.stats.threads).toBe(2);
    expect(one.stats.threads).toBe(1);
    expect(two.placements).toEqual(one.placements);
    expect(two.soft).toBe(one.soft);
  });

  it("with more threads than parts gives the leftover threads to the largest parts, reproducibly", async () => {
    const jobs = [10, 30, 20].map((meetings, index) => ({ index, meetings, seed: index, input: twoCampuses() }));
    expect(threadsPerPart(jobs, 5)).toEqual([1, 2, 2]);
    expect(threadsPerPart(jobs, 3)).toEqual([1, 1, 1]);
    const input = twoCampuses();
    const options = { timeLimitMs: 600_000, seed: 5, maxIterations: 200_000, threads: 3 };
    const first = await solve(input, options);
    const second = await solve(input, options);
    expect(first.stats).toMatchObject({ parts: 2, threads: 3, iterations: 200_000 });
    expect(second.placements).toEqual(first.placements);
    const scored = evaluate(input, first.placements);
    expect(first.hard).toBe(scored.hard);
    expect(first.soft).toBeCloseTo(scored.soft, 6);
  });
});
