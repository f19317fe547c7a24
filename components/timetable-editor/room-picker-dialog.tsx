"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TEditorData, TRoomOption } from "@/lib/domain/timetable-editor";
import { formatScoreDelta } from "./cell-options";

export interface RoomPickerDialogProps {
  open: boolean;
  title: string;
  /** Null while the options are still loading. */
  rooms: TRoomOption[] | null;
  roomInfo: TEditorData["rooms"];
  currentRoomId?: string;
  onChoose: (room: TRoomOption) => void;
  onClose: () => void;
}

/** Which room: free rooms first, best score change first; a blocked room says why (choosing it asks again). */
export function RoomPickerDialog({ open, title, rooms, roomInfo, currentRoomId, onChoose, onClose }: RoomPickerDialogProps) {
  const info = new Map(roomInfo.map((room) => [room.id, room]));
  const sorted = (rooms ?? [])
    .filter((room) => room.roomId !== currentRoomId)
    .sort((a, b) => Number(b.free) - Number(a.free) || a.scoreDelta - b.scoreDelta || a.roomName.localeCompare(b.roomName));

  return (
    <Dialog open={open} title={title} onClose={onClose}>
      {rooms === null ? <p className="text-sm text-muted">Checking the rooms…</p> : null}
      {rooms !== null && sorted.length === 0 ? <p className="text-sm">No other room to choose.</p> : null}
      <ul className="max-h-80 space-y-1 overflow-y-auto text-sm">
        {sorted.map((room) => {
          const seats = info.get(room.roomId)?.capacity;
          return (
            <li key={room.roomId}>
              <button
                type="button"
                className="w-full rounded-md border border-border px-3 py-2 text-left hover:bg-subtle"
                onClick={() => onChoose(room)}
              >
                <span className="font-semibold">{room.roomName}</span>
                {seats !== undefined ? <span className="text-muted"> · seats {seats}</span> : null}
                {room.free ? (
                  <span> · free, score {formatScoreDelta(room.scoreDelta)}</span>
                ) : (
                  <span className="block text-danger">blocked: {room.reasons.join("; ")}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
