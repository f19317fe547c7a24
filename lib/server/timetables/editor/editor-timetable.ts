/**
 * One timetable open in the editor: its loaded model (term data, entries) and the EditSession over
 * it, with the conversions between the database's terms (entry ids, ISO weekdays, Period.index,
 * room ids) and the session's (meeting ids, slots, room indices).
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Blocker } from "@/lib/solver/types";
import { EditSession, type MeetingMove } from "@/lib/solver/edit/session";
import { meetingKey, type EntryRow, type TimetableModel } from "../load-timetable-model";

/** An entry as stored (or as it will be stored after an edit): what the edit log records. */
export interface EntryState {
  entryId: string;
  day: number;
  period: number;
  roomId: string;
  length: number;
  pinnedTime: boolean;
  pinnedRoom: boolean;
}

export class EditorTimetable {
  readonly session: EditSession;
  /** explainHardViolations() of the session at one version (editor-violations.ts). */
  explainedHard?: { version: number; blockers: Blocker[] };
  private readonly entryById: Map<string, EntryRow>;
  private readonly meetingOfEntry = new Map<string, number>();
  private readonly entryOfMeeting: string[] = [];

  constructor(
    readonly model: TimetableModel,
    /** The timetable version the session holds. */
    public version: number,
  ) {
    const pins = model.entries
      .filter((e) => e.pinnedTime || e.pinnedRoom)
      .map((e) => ({ offeringId: e.offeringId, meetingIndex: e.meetingIndex, time: e.pinnedTime, room: e.pinnedRoom }));
    // The session adds the timetable's pins to the term's itself, and moves them with their meetings.
    this.session = new EditSession({ ...model.input, fixed: model.termFixed }, model.placements, pins);
    this.entryById = new Map(model.entries.map((e) => [e.id, e]));
    for (const entry of model.entries) {
      const m = this.session.meeting(entry.offeringId, entry.meetingIndex);
      if (m >= 0 && this.entryOfMeeting[m] === undefined) {
        this.meetingOfEntry.set(entry.id, m);
        this.entryOfMeeting[m] = entry.id;
      }
    }
  }

  get entries(): EntryRow[] {
    return this.model.entries;
  }

  /** The entry as loaded, or undefined when it is not one of this timetable's. */
  storedEntry(entryId: string): EntryRow | undefined {
    return this.entryById.get(entryId);
  }

  /** The meeting of an entry of this timetable: 404 for an unknown entry, 409 for one the term's data no longer has. */
  meetingOf(entryId: string, field = "entryId"): number {
    const entry = this.entryById.get(entryId);
    if (!entry) throw new AppError("NOT_FOUND", `${field}: no entry ${entryId} in this timetable`);
    const m = this.meetingOfEntry.get(entryId);
    if (m === undefined) {
      throw new AppError("CONFLICT", `${field}: meeting ${entry.meetingIndex + 1} of this offering is no longer in the term's data; it cannot be edited`);
    }
    return m;
  }

  entryIdOf(m: number): string | undefined {
    return this.entryOfMeeting[m];
  }

  roomIndex(roomId: string, field = "roomId"): number {
    const r = this.session.index.room.get(roomId);
    if (r === undefined) throw new AppError("NOT_FOUND", `${field}: no room ${roomId} among the term's rooms`);
    return r;
  }

  /** (ISO weekday, Period.index) of meeting m at room r -> a session move; 400 naming the field when the grid cannot hold it. */
  moveTo(m: number, isoDay: number, periodIndex: number, r: number, field = ""): MeetingMove {
    const { grid } = this.model;
    const day = grid.dayIndex(isoDay);
    const period = grid.position(periodIndex);
    if (day === null) throw new AppError("BAD_REQUEST", `${field}day: ${isoDay} is not one of the term's working days`);
    if (period === null) throw new AppError("BAD_REQUEST", `${field}period: ${periodIndex} is not one of the term's periods`);
    return this.moveToSlot(m, day * this.session.model.periods + period, r, field);
  }

  /** The same from a session slot: 400 naming the field when meeting m cannot start there. */
  moveToSlot(m: number, slot: number, r: number, field = ""): MeetingMove {
    const P = this.session.model.periods;
    const problem = this.session.layoutProblem(m, Math.floor(slot / P), slot % P, r);
    if (problem) throw new AppError("BAD_REQUEST", `${field}${problem}`);
    return { m, slot, room: r };
  }

  /** Where meeting m is now: 409 when its stored placement cannot stand, so it has no "now" to keep. */
  placedAt(m: number, field = "entryId"): { slot: number; room: number } {
    const slot = this.session.state.meetSlot[m];
    if (slot < 0) throw new AppError("CONFLICT", `${field}: this meeting has no valid place (the term's data changed); move it to a time first`);
    return { slot, room: this.session.state.meetRoom[m] };
  }

  /**
   * Brings the session to the stored entries of a later version (another process's edits) by
   * moving and pinning only what differs, instead of loading the whole term again. False when the
   * rows do not fit the session (entries added or removed, a place the session cannot hold): the
   * caller then loads afresh.
   */
  syncTo(rows: EntryRow[], version: number): boolean {
    if (rows.length !== this.model.entries.length) return false;
    const { grid } = this.model;
    const moves: MeetingMove[] = [];
    const pins: { m: number; time: boolean; room: boolean }[] = [];
    for (const row of rows) {
      if (!this.entryById.has(row.id)) return false;
      const now = this.entryState(row.id);
      const m = this.meetingOfEntry.get(row.id);
      const moved = now.day !== row.day || now.period !== row.period || now.roomId !== row.roomId;
      const repinned = now.pinnedTime !== row.pinnedTime || now.pinnedRoom !== row.pinnedRoom;
      if (!moved && !repinned) continue;
      if (m === undefined) return false;
      if (moved) {
        const day = grid.dayIndex(row.day);
        const period = grid.position(row.period);
        const room = this.session.index.room.get(row.roomId);
        if (day === null || period === null || room === undefined || this.session.layoutProblem(m, day, period, room) !== null) return false;
        moves.push({ m, slot: day * this.session.model.periods + period, room });
      }
      pins.push({ m, time: row.pinnedTime, room: row.pinnedRoom });
    }
    this.session.apply(moves);
    for (const pin of pins) this.session.setPins(pin.m, pin.time, pin.room);
    this.version = version;
    return true;
  }

  /** The entry as it stands in the session (its stored row when the session cannot place it). */
  entryState(entryId: string): EntryState {
    const entry = this.entryById.get(entryId)!;
    const m = this.meetingOfEntry.get(entryId);
    const placement = m === undefined ? null : this.session.placementOf(m);
    const pinned = m === undefined ? { pinnedTime: entry.pinnedTime, pinnedRoom: entry.pinnedRoom } : { pinnedTime: this.session.pinTime[m] === 1, pinnedRoom: this.session.pinRoom[m] === 1 };
    if (!placement) return { entryId, day: entry.day, period: entry.period, roomId: entry.roomId, length: entry.length, ...pinned };
    const { grid } = this.model;
    return {
      entryId,
      day: grid.isoDay(placement.day),
      period: grid.periodIndex(placement.period),
      roomId: placement.roomId,
      length: placement.length,
      ...pinned,
    };
  }

  /** "Mon 09:00 in LH-101" of an entry state. */
  describe(state: EntryState): string {
    return this.describePlace(state.day, state.period, state.roomId);
  }

  /** "Mon 09:00 in LH-101" of an ISO weekday, Period.index and room id. */
  describePlace(isoDay: number, periodIndex: number, roomId: string): string {
    const { grid } = this.model;
    const day = grid.dayIndex(isoDay);
    const period = grid.position(periodIndex);
    const when = day === null || period === null ? `day ${isoDay} period ${periodIndex}` : `${grid.grid.dayNames[day]} ${grid.grid.periodNames[period]}`;
    const room = this.session.index.room.get(roomId);
    return `${when} in ${room === undefined ? roomId : this.session.input.rooms[room].name}`;
  }

  offeringName(entryId: string): string {
    const entry = this.entryById.get(entryId)!;
    const o = this.session.index.offering.get(entry.offeringId);
    return o === undefined ? entry.offeringId : this.session.input.offerings[o].name;
  }
}

export { meetingKey };
