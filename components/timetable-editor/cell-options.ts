/**
 * What a grid cell says while a meeting is being moved: free (with the score change and the rooms
 * that fit) or blocked (with every reason), read from the /options answer. Pure, unit-tested.
 */
import type { TCellOption, TOptionsResponse, TRoomOption } from "@/lib/domain/timetable-editor";

export type CellState =
  | { state: "current" }
  | { state: "loading" }
  | { state: "free"; scoreDelta: number; rooms: TRoomOption[] }
  | { state: "blocked"; scoreDelta: number; reasons: string[] };

const CELL_PREFIX = "cell";

/** The id of a (day, period) drop target; parsed back by parseCellId. */
export function cellId(day: number, period: number): string {
  return `${CELL_PREFIX}:${day}:${period}`;
}

export function parseCellId(id: string | number): { day: number; period: number } | null {
  const [prefix, day, period] = String(id).split(":");
  if (prefix !== CELL_PREFIX || day === undefined || period === undefined) return null;
  return { day: Number(day), period: Number(period) };
}

export function optionsByCell(options: TOptionsResponse | undefined): Map<string, TCellOption> | null {
  if (!options) return null;
  return new Map(options.cells.map((cell) => [cellId(cell.day, cell.period), cell]));
}

/** Rooms without a hard conflict, best (lowest score change) first. */
export function freeRooms(cell: TCellOption): TRoomOption[] {
  return cell.rooms.filter((room) => room.free).sort((a, b) => a.scoreDelta - b.scoreDelta || a.roomName.localeCompare(b.roomName));
}

export function cellState(
  options: Map<string, TCellOption> | null,
  at: { day: number; period: number },
  moving: { day: number; period: number; length: number },
): CellState {
  if (at.day === moving.day && at.period === moving.period) return { state: "current" };
  if (!options) return { state: "loading" };
  const cell = options.get(cellId(at.day, at.period));
  if (!cell) {
    // The server lists every start the meeting may take; a missing one is outside the day or the grid.
    const reason = moving.length > 1 ? `a ${moving.length}-period meeting cannot start here (it would cross a break or the end of the day)` : "not a period of this term";
    return { state: "blocked", scoreDelta: 0, reasons: [reason] };
  }
  if (cell.free) return { state: "free", scoreDelta: cell.scoreDelta, rooms: freeRooms(cell) };
  return { state: "blocked", scoreDelta: cell.scoreDelta, reasons: cell.reasons.length > 0 ? cell.reasons : ["a hard constraint would be broken"] };
}

/** Lower scores are better: "−3" improves the timetable, "+2" makes it worse. */
export function formatScoreDelta(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  if (rounded === 0) return "±0";
  return rounded < 0 ? `−${Math.abs(rounded)}` : `+${rounded}`;
}

/** Words for screen readers and tooltips: "free, score −3 (better), 2 rooms fit" / "blocked: ...". */
export function describeCellState(state: CellState): string {
  switch (state.state) {
    case "current":
      return "where it is now";
    case "loading":
      return "checking";
    case "free": {
      const trend = state.scoreDelta < 0 ? " (better)" : state.scoreDelta > 0 ? " (worse)" : "";
      const rooms = state.rooms.length === 1 ? `1 room fits: ${state.rooms[0].roomName}` : `${state.rooms.length} rooms fit`;
      return `free, score ${formatScoreDelta(state.scoreDelta)}${trend}, ${rooms}`;
    }
    case "blocked":
      return `blocked: ${state.reasons.join("; ")}`;
  }
}

export type DropDecision =
  | { action: "none" }
  | { action: "send"; roomId?: string }
  | { action: "pickRoom"; rooms: TRoomOption[] }
  | { action: "confirm"; reasons: string[] };

/**
 * What dropping the meeting on a cell does: nothing on its own cell; a free cell with one fitting
 * room (or options not loaded yet: the server checks and answers 422) moves it; several fitting rooms
 * ask which; a blocked cell asks for confirmation first.
 */
export function decideDrop(state: CellState): DropDecision {
  switch (state.state) {
    case "current":
      return { action: "none" };
    case "loading":
      return { action: "send" };
    case "free":
      if (state.rooms.length > 1) return { action: "pickRoom", rooms: state.rooms };
      return { action: "send", roomId: state.rooms[0]?.roomId };
    case "blocked":
      return { action: "confirm", reasons: state.reasons };
  }
}
