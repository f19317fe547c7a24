/**
 * GET /api/timetables/:id/options?entryId=: where the meeting can go, cell by cell of the grid.
 * A cell is free when the meeting has no hard conflict there in its best room; blocked cells say
 * why (hard-messages.ts phrases). Rooms: the free ones, best first (at most MAX_FREE_ROOMS), or,
 * when none is free, the MAX_BLOCKED_ROOMS least bad with their reasons. A room's reasons may
 * include the seats note ("LH-101 seats 40, ... has 62"), which is soft and never blocks.
 */
import "server-only";
import { meetingOptions, withMeetingLifted, type RoomOption } from "@/lib/solver/edit/options";
import { Occupancy, roomReasons, seatsNote, timeReasons } from "@/lib/solver/edit/reasons";
import type { TOptionsResponse } from "@/lib/domain/timetable-editor";
import type { EditorTimetable } from "./editor-timetable";
import { openEditor } from "./open-editors";

const MAX_FREE_ROOMS = 12;
const MAX_BLOCKED_ROOMS = 3;

export interface RoomOptionView {
  roomId: string;
  roomName: string;
  free: boolean;
  scoreDelta: number;
  hardDelta: number;
  reasons: string[];
}

export interface CellOptionView {
  day: number;
  period: number;
  free: boolean;
  /** 0 where a meeting of this length cannot start at all (end of day, across a break): hardDelta is null there. */
  scoreDelta: number;
  hardDelta: number | null;
  reasons: string[];
  rooms: RoomOptionView[];
}

export interface MeetingOptionsView extends TOptionsResponse {
  cells: CellOptionView[];
}

export async function getMeetingOptions({ timetableId, entryId }: { timetableId: string; entryId: string }): Promise<MeetingOptionsView> {
  const editor = await openEditor(timetableId);
  return { entryId, version: editor.version, cells: optionCells(editor, editor.meetingOf(entryId)) };
}

export function optionCells(editor: EditorTimetable, m: number): CellOptionView[] {
  const { session, model } = editor;
  const { grid } = model;
  const M = session.model;
  const { cells } = meetingOptions(session, m);
  const occupancy = new Occupancy(session, m);
  const offering = session.input.offerings[M.meetOff[m]];
  return withMeetingLifted(session, m, () =>
    cells.map((cell): CellOptionView => {
      const dayIndex = Math.floor(cell.slot / M.periods);
      const position = cell.slot % M.periods;
      const at = { day: grid.isoDay(dayIndex), period: grid.periodIndex(position) };
      if (!cell.fits) {
        const why = position + offering.length > M.periods ? "would run past the end of the day" : "would span a break";
        return { ...at, free: false, scoreDelta: 0, hardDelta: null, reasons: [`${offering.name} lasts ${offering.length} periods; starting at ${grid.grid.periodNames[position]} it ${why}`], rooms: [] };
      }
      const best = cell.rooms[0];
      const free = best.added === 0;
      const time = timeReasons(session, occupancy, m, cell.slot);
      const room = (option: RoomOption): RoomOptionView => {
        const reasons = roomReasons(session, occupancy, m, cell.slot, option.room);
        const seats = seatsNote(session, m, option.room);
        const r = session.input.rooms[option.room];
        return {
          roomId: r.id,
          roomName: r.name,
          free: option.added === 0,
          scoreDelta: option.softDelta,
          hardDelta: option.hardDelta,
          reasons: seats ? [...reasons, seats] : reasons,
        };
      };
      const rooms = free ? cell.rooms.filter((o) => o.added === 0).slice(0, MAX_FREE_ROOMS).map(room) : cell.rooms.slice(0, MAX_BLOCKED_ROOMS).map(room);
      const reasons = free ? [] : [...new Set([...time, ...roomReasons(session, occupancy, m, cell.slot, best.room)])];
      return { ...at, free, scoreDelta: best.softDelta, hardDelta: best.hardDelta, reasons, rooms };
    }),
  );
}
