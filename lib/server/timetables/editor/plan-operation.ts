/**
 * An operation (in the database's terms) -> what it does to the session: the meeting moves, the
 * pin changes, and the entries it touches. Every id, day, period and room is checked here, each
 * failure naming its field: 404 for an id that is not the timetable's or the term's, 400 for a
 * place the grid cannot hold (not a working day, past the end of the day, across a break).
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { meetingOptions } from "@/lib/solver/edit/options";
import type { MeetingMove } from "@/lib/solver/edit/session";
import type { TChangeOperation } from "@/lib/domain/timetable-editor";
import type { EditorTimetable, EntryState } from "./editor-timetable";

export interface OperationPlan {
  moves: MeetingMove[];
  pins: { m: number; time: boolean; room: boolean }[];
  /** Entries whose row the operation may change. */
  entryIds: string[];
  /** Refuse with 422 when the moves add a hard violation (a move not confirmed with force). */
  checkHard: boolean;
}

/** The room the options call best for meeting m at `slot` (what a drop without a room chooses). */
function bestRoom(editor: EditorTimetable, m: number, slot: number): number {
  const [cell] = meetingOptions(editor.session, m, [slot]).cells;
  return cell.rooms[0].room;
}

export function planEdit(editor: EditorTimetable, op: TChangeOperation): OperationPlan {
  const checkHard = op.type !== "pin" && op.force !== true;
  switch (op.type) {
    case "move": {
      const m = editor.meetingOf(op.entryId);
      const current = editor.session.state.meetRoom[m];
      const room = op.roomId === undefined ? Math.max(0, current) : editor.roomIndex(op.roomId);
      const move = editor.moveTo(m, op.day, op.period, room);
      if (op.roomId === undefined) move.room = bestRoom(editor, m, move.slot);
      return { moves: [move], pins: [], entryIds: [op.entryId], checkHard };
    }
    case "room": {
      const m = editor.meetingOf(op.entryId);
      const { slot } = editor.placedAt(m);
      return { moves: [editor.moveToSlot(m, slot, editor.roomIndex(op.roomId))], pins: [], entryIds: [op.entryId], checkHard };
    }
    case "swap": {
      if (op.otherEntryId === op.entryId) throw new AppError("BAD_REQUEST", "otherEntryId: must be another entry than entryId");
      const a = editor.meetingOf(op.entryId);
      const b = editor.meetingOf(op.otherEntryId, "otherEntryId");
      const at = editor.placedAt(a);
      const bt = editor.placedAt(b, "otherEntryId");
      const rooms = op.swapRooms === true;
      const moves = [
        editor.moveToSlot(a, bt.slot, rooms ? bt.room : at.room, "entryId: at the other entry's time, "),
        editor.moveToSlot(b, at.slot, rooms ? at.room : bt.room, "otherEntryId: at the entry's time, "),
      ];
      return { moves, pins: [], entryIds: [op.entryId, op.otherEntryId], checkHard };
    }
    case "pin": {
      const m = editor.meetingOf(op.entryId);
      return { moves: [], pins: [{ m, time: op.time, room: op.room }], entryIds: [op.entryId], checkHard: false };
    }
    case "moves": {
      const seen = new Set<string>();
      const moves = op.moves.map((move, i) => {
        if (seen.has(move.entryId)) throw new AppError("BAD_REQUEST", `moves.${i}.entryId: the entry is moved twice`);
        seen.add(move.entryId);
        const m = editor.meetingOf(move.entryId, `moves.${i}.entryId`);
        return editor.moveTo(m, move.day, move.period, editor.roomIndex(move.roomId, `moves.${i}.roomId`), `moves.${i}.`);
      });
      return { moves, pins: [], entryIds: [...seen], checkHard };
    }
  }
}

/** Undo or redo: put the entries back as the log recorded them (placements and pins). */
export function planReplay(editor: EditorTimetable, states: EntryState[]): OperationPlan {
  const moves: MeetingMove[] = [];
  const pins: OperationPlan["pins"] = [];
  for (const state of states) {
    const m = editor.meetingOf(state.entryId);
    const move = editor.moveTo(m, state.day, state.period, editor.roomIndex(state.roomId));
    if (move.slot !== editor.session.state.meetSlot[m] || move.room !== editor.session.state.meetRoom[m]) moves.push(move);
    pins.push({ m, time: state.pinnedTime, room: state.pinnedRoom });
  }
  return { moves, pins, entryIds: states.map((s) => s.entryId), checkHard: false };
}
