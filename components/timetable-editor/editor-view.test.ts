import { describe, expect, it } from "vitest";
import type { TEditorEntry } from "@/lib/domain/timetable-editor";
import { isInView, viewChoices, viewOf } from "./editor-view";

const entry = (id: string, batchCodes: string[], facultyName: string | null, roomId: string): TEditorEntry => ({
  id,
  offeringId: `o-${id}`,
  meetingIndex: 0,
  subjectCode: "CS301",
  subjectName: "Data Structures",
  batchCodes,
  facultyName,
  size: 60,
  day: 1,
  period: 0,
  length: 1,
  roomId,
  roomName: roomId.toUpperCase(),
  pinnedTime: false,
  pinnedRoom: false,
});

const entries = [entry("a", ["CSE-3B", "CSE-3A"], "Dr Rao", "r2"), entry("b", ["CSE-10A"], null, "r1"), entry("c", [], "Dr Iyer", "r1")];
const rooms = [
  { id: "r1", name: "LH-2", capacity: 60, type: "lecture" },
  { id: "r2", name: "LH-10", capacity: 60, type: "lecture" },
  { id: "r3", name: "LH-1", capacity: 60, type: "lecture" },
];

describe("viewChoices", () => {
  it("offers the batches, faculty and used rooms, in natural order", () => {
    const choices = viewChoices({ entries, rooms });
    expect(choices.batch.map((c) => c.key)).toEqual(["CSE-3A", "CSE-3B", "CSE-10A"]);
    expect(choices.faculty.map((c) => c.key)).toEqual(["Dr Iyer", "Dr Rao"]);
    expect(choices.room).toEqual([
      { key: "r1", label: "LH-2" },
      { key: "r2", label: "LH-10" },
    ]);
  });
});

describe("views", () => {
  it("show a meeting in each of its batches' weeks, its faculty's and its room's", () => {
    expect(isInView(entries[0], { kind: "batch", key: "CSE-3A" })).toBe(true);
    expect(isInView(entries[0], { kind: "batch", key: "CSE-10A" })).toBe(false);
    expect(isInView(entries[0], { kind: "faculty", key: "Dr Rao" })).toBe(true);
    expect(isInView(entries[1], { kind: "room", key: "r1" })).toBe(true);
  });
  it("find a view that shows a given meeting", () => {
    expect(viewOf(entries[0])).toEqual({ kind: "batch", key: "CSE-3B" });
    expect(viewOf(entries[2])).toEqual({ kind: "faculty", key: "Dr Iyer" });
    expect(viewOf(entry("d", [], null, "r3"))).toEqual({ kind: "room", key: "r3" });
  });
});
