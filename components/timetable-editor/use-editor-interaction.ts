"use client";
/**
 * What the registrar is doing in the editor, one owner for it: the meeting picked up (by drag or
 * "Move…"), the meeting waiting for a swap partner, the cell under the pointer, the open dialog, and
 * the last operation's outcome. Drops become operations here (decideDrop), and a hard conflict the
 * server reports is offered for confirmation, then re-sent with force.
 */
import { useState } from "react";
import type { TEditOperation, TEditorData, TEditorEntry, TOperationResponse, TRoomOption } from "@/lib/domain/timetable-editor";
import { cellState, decideDrop, optionsByCell, type CellState } from "./cell-options";
import { useCellOptions } from "./editor-queries";
import type { CardAction } from "./meeting-card";
import { useEditOperation, type OperationOutcome } from "./use-edit-operation";

type Cell = { day: number; period: number };

export type EditorDialog =
  | { kind: "pickRoom"; entry: TEditorEntry; cell: Cell; rooms: TRoomOption[] }
  | { kind: "changeRoom"; entry: TEditorEntry }
  | { kind: "suggest"; entry: TEditorEntry }
  | { kind: "confirm"; operation: TEditOperation; reasons: string[] };

/** Only placing operations can be forced past a hard conflict. */
function forced(operation: TEditOperation): TEditOperation | null {
  const placing = operation.type === "move" || operation.type === "room" || operation.type === "swap" || operation.type === "moves";
  return placing ? { ...operation, force: true } : null;
}

function pinOperation(entry: TEditorEntry, action: CardAction): TEditOperation | null {
  if (action === "pinTime") return { type: "pin", entryId: entry.id, time: true, room: entry.pinnedRoom };
  if (action === "pinRoom") return { type: "pin", entryId: entry.id, time: entry.pinnedTime, room: true };
  if (action === "pinBoth") return { type: "pin", entryId: entry.id, time: true, room: true };
  if (action === "unpin") return { type: "pin", entryId: entry.id, time: false, room: false };
  return null;
}

export function useEditorInteraction(
  timetableId: string,
  data: TEditorData | undefined,
  onApplied?: (response: TOperationResponse) => void,
) {
  const [movingId, setMovingId] = useState<string | null>(null);
  const [swapSourceId, setSwapSourceId] = useState<string | null>(null);
  const [swapRooms, setSwapRooms] = useState(false);
  const [hovered, setHovered] = useState<Cell | null>(null);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const [outcome, setOutcome] = useState<OperationOutcome | null>(null);
  const mutation = useEditOperation(timetableId, onApplied);

  const entryById = (id: string | null) => (id === null ? null : (data?.entries.find((e) => e.id === id) ?? null));
  const moving = entryById(movingId);
  const swapSource = entryById(swapSourceId);
  const optionsEntry = moving ?? (dialog?.kind === "changeRoom" ? dialog.entry : null);
  const options = useCellOptions(timetableId, optionsEntry?.id ?? null, data?.timetable.version);
  const cells = optionsByCell(options.data?.entryId === optionsEntry?.id ? options.data : undefined);

  const cellStateAt = (cell: Cell): CellState | null => (moving ? cellState(cells, cell, moving) : null);

  async function run(operation: TEditOperation) {
    if (!data) return;
    setDialog(null);
    const result = await mutation.mutateAsync({ operation, version: data.timetable.version });
    setOutcome(result);
    const retry = result.kind === "conflict" ? forced(operation) : null;
    if (retry) setDialog({ kind: "confirm", operation: retry, reasons: result.kind === "conflict" ? result.reasons : [] });
  }

  function stopMoving() {
    setMovingId(null);
    setHovered(null);
  }

  function drop(cell: Cell) {
    if (!moving) return;
    const decision = decideDrop(cellState(cells, cell, moving));
    const move = { type: "move" as const, entryId: moving.id, day: cell.day, period: cell.period };
    stopMoving();
    if (decision.action === "send") void run({ ...move, roomId: decision.roomId });
    else if (decision.action === "pickRoom") setDialog({ kind: "pickRoom", entry: moving, cell, rooms: decision.rooms });
    else if (decision.action === "confirm") setDialog({ kind: "confirm", operation: { ...move, force: true }, reasons: decision.reasons });
  }

  function cardAction(entry: TEditorEntry, action: CardAction) {
    setOutcome(null);
    if (action === "move") {
      setSwapSourceId(null);
      setMovingId(entry.id);
    } else if (action === "swap") {
      stopMoving();
      setSwapSourceId(entry.id);
    } else if (action === "room") {
      setDialog({ kind: "changeRoom", entry });
    } else if (action === "suggest") {
      stopMoving();
      setDialog({ kind: "suggest", entry });
    } else {
      const pin = pinOperation(entry, action);
      if (pin) void run(pin);
    }
  }

  /** A room chosen in the room dialog: after a drop it completes the move, else it changes the room. */
  function chooseRoom(room: TRoomOption) {
    if (!dialog || (dialog.kind !== "pickRoom" && dialog.kind !== "changeRoom")) return;
    const operation: TEditOperation =
      dialog.kind === "pickRoom"
        ? { type: "move", entryId: dialog.entry.id, day: dialog.cell.day, period: dialog.cell.period, roomId: room.roomId }
        : { type: "room", entryId: dialog.entry.id, roomId: room.roomId };
    if (room.free) void run(operation);
    else setDialog({ kind: "confirm", operation: { ...operation, force: true }, reasons: room.reasons });
  }

  function swapWith(other: TEditorEntry) {
    if (!swapSource) return;
    setSwapSourceId(null);
    void run({ type: "swap", entryId: swapSource.id, otherEntryId: other.id, swapRooms });
  }

  return {
    moving,
    swapSource,
    swapRooms,
    setSwapRooms,
    hovered,
    setHovered,
    dialog,
    closeDialog: () => setDialog(null),
    outcome,
    dismissOutcome: () => setOutcome(null),
    pending: mutation.isPending,
    options,
    cells,
    cellStateAt,
    pickUp: (entry: TEditorEntry) => {
      setSwapSourceId(null);
      setOutcome(null);
      setMovingId(entry.id);
    },
    stopMoving,
    cancelSwap: () => setSwapSourceId(null),
    drop,
    cardAction,
    chooseRoom,
    swapWith,
    run,
  };
}

export type EditorInteraction = ReturnType<typeof useEditorInteraction>;
