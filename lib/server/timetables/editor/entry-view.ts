/**
 * An entry as the editor shows it (GET .../editor, and the changed entries of an operation):
 * where it is now and the names the grid prints.
 */
import "server-only";
import { facultyDisplayName } from "@/lib/server/generation/map-solver-input";
import type { EditorTimetable } from "./editor-timetable";

export interface EditorEntryView {
  id: string;
  offeringId: string;
  meetingIndex: number;
  subjectCode: string;
  subjectName: string;
  batchCodes: string[];
  facultyName: string | null;
  size: number;
  day: number;
  period: number;
  length: number;
  roomId: string;
  roomName: string;
  pinnedTime: boolean;
  pinnedRoom: boolean;
}

export class EntryViews {
  private readonly offerings;
  private readonly batchCode;
  private readonly facultyName;
  private readonly roomName;
  private readonly size;

  constructor(private readonly editor: EditorTimetable) {
    const { snapshot } = editor.model;
    this.offerings = new Map(snapshot.offerings.map((o) => [o.id, o]));
    this.batchCode = new Map(snapshot.batches.map((b) => [b.id, b.code]));
    this.facultyName = new Map(snapshot.faculty.map((f) => [f.id, facultyDisplayName(f.title, f.name)]));
    this.roomName = new Map(snapshot.rooms.map((r) => [r.id, r.code]));
    this.size = new Map(editor.session.input.offerings.map((o) => [o.id, o.size]));
  }

  view(entryId: string): EditorEntryView {
    const state = this.editor.entryState(entryId);
    const entry = this.editor.storedEntry(entryId)!;
    const offering = this.offerings.get(entry.offeringId);
    return {
      id: entryId,
      offeringId: entry.offeringId,
      meetingIndex: entry.meetingIndex,
      subjectCode: offering?.subjectCode ?? "?",
      subjectName: offering?.subjectName ?? "?",
      batchCodes: (offering?.batchIds ?? []).map((id) => this.batchCode.get(id) ?? id),
      facultyName: offering?.facultyId ? (this.facultyName.get(offering.facultyId) ?? null) : null,
      size: this.size.get(entry.offeringId) ?? 0,
      day: state.day,
      period: state.period,
      length: state.length,
      roomId: state.roomId,
      roomName: this.roomName.get(state.roomId) ?? state.roomId,
      pinnedTime: state.pinnedTime,
      pinnedRoom: state.pinnedRoom,
    };
  }

  all(): EditorEntryView[] {
    return this.editor.entries.map((e) => this.view(e.id));
  }
}
