/**
 * Whose week the editor shows: a whole timetable does not fit one grid, so the registrar edits one
 * batch's, faculty member's or room's week at a time. Pure, so the choices are unit-tested.
 */
import type { TEditorData, TEditorEntry } from "@/lib/domain/timetable-editor";

export type EditorViewKind = "batch" | "faculty" | "room";
export type EditorView = { kind: EditorViewKind; key: string };
export type EditorViewChoice = { key: string; label: string };

export const VIEW_KIND_LABEL: Record<EditorViewKind, string> = { batch: "Batch", faculty: "Faculty member", room: "Room" };

const byLabel = (a: EditorViewChoice, b: EditorViewChoice) => a.label.localeCompare(b.label, undefined, { numeric: true });

/** The batches, faculty members and rooms that have at least one meeting, sorted by name. */
export function viewChoices(data: Pick<TEditorData, "entries" | "rooms">): Record<EditorViewKind, EditorViewChoice[]> {
  const batches = new Set<string>();
  const faculty = new Set<string>();
  const roomIds = new Set<string>();
  for (const entry of data.entries) {
    entry.batchCodes.forEach((code) => batches.add(code));
    if (entry.facultyName) faculty.add(entry.facultyName);
    roomIds.add(entry.roomId);
  }
  return {
    batch: [...batches].map((code) => ({ key: code, label: code })).sort(byLabel),
    faculty: [...faculty].map((name) => ({ key: name, label: name })).sort(byLabel),
    room: data.rooms.filter((room) => roomIds.has(room.id)).map((room) => ({ key: room.id, label: room.name })).sort(byLabel),
  };
}

export function isInView(entry: TEditorEntry, view: EditorView): boolean {
  if (view.kind === "batch") return entry.batchCodes.includes(view.key);
  if (view.kind === "faculty") return entry.facultyName === view.key;
  return entry.roomId === view.key;
}

/** A view that shows this meeting: its first batch, else its faculty member, else its room. */
export function viewOf(entry: TEditorEntry): EditorView {
  if (entry.batchCodes.length > 0) return { kind: "batch", key: entry.batchCodes[0] };
  if (entry.facultyName) return { kind: "faculty", key: entry.facultyName };
  return { kind: "room", key: entry.roomId };
}
