"use client";

import { Button } from "@/components/ui/button";
import type { TEditorEntry } from "@/lib/domain/timetable-editor";
import { formatScoreDelta, type CellState } from "./cell-options";
import { meetingName } from "./meeting-card";

type Cell = { day: number; period: number };

export interface MovePanelProps {
  moving: TEditorEntry | null;
  swapSource: TEditorEntry | null;
  swapRooms: boolean;
  onSwapRoomsChange: (value: boolean) => void;
  hovered: Cell | null;
  cellStateAt: (cell: Cell) => CellState | null;
  /** Every cell's state while moving, for the counts. */
  allStates: CellState[];
  when: (cell: Cell) => string;
  optionsError: string | null;
  onCancelMove: () => void;
  onCancelSwap: () => void;
}

function HoveredCell({ label, state }: { label: string; state: CellState }) {
  if (state.state === "current") return <p>{label}: where it is now.</p>;
  if (state.state === "loading") return <p>{label}: checking…</p>;
  if (state.state === "free") {
    return (
      <div>
        <p>
          <span className="font-semibold">{label}: free</span>, score {formatScoreDelta(state.scoreDelta)}
          {state.scoreDelta < 0 ? " (better)" : state.scoreDelta > 0 ? " (worse)" : ""}.
        </p>
        <p className="mt-1 text-muted">Rooms that fit:</p>
        <ul className="list-inside list-disc">
          {state.rooms.map((room) => (
            <li key={room.roomId}>
              {room.roomName} ({formatScoreDelta(room.scoreDelta)})
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div>
      <p className="font-semibold text-danger">{label}: blocked</p>
      <ul aria-label={`Why ${label} is blocked`} className="mt-1 list-inside list-disc">
        {state.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}

/** Beside the grid while a meeting is picked up: what it is, how to drop it, and the pointed cell's verdict. */
export function MovePanel(props: MovePanelProps) {
  const { moving, swapSource, hovered } = props;
  if (swapSource) {
    return (
      <section aria-label="Swap" className="space-y-3 rounded-lg border border-primary bg-surface p-4 text-sm">
        <h2 className="text-base">Swap {meetingName(swapSource)}</h2>
        <p>Choose “Swap here” on the meeting to trade places with.</p>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={props.swapRooms} onChange={(e) => props.onSwapRoomsChange(e.target.checked)} />
          Swap their rooms too
        </label>
        <Button variant="secondary" size="sm" onClick={props.onCancelSwap}>
          Cancel swap
        </Button>
      </section>
    );
  }
  if (!moving) return null;
  const free = props.allStates.filter((s) => s.state === "free").length;
  const blocked = props.allStates.filter((s) => s.state === "blocked").length;
  const loading = props.allStates.some((s) => s.state === "loading");
  const hoveredState = hovered ? props.cellStateAt(hovered) : null;

  return (
    <section aria-label="Move" className="space-y-3 rounded-lg border border-primary bg-surface p-4 text-sm">
      <h2 className="text-base">Moving {meetingName(moving)}</h2>
      <p className="text-muted">
        Now {props.when(moving)} in {moving.roomName}. Drop it on a cell, or use the arrow keys and Enter; Escape cancels.
      </p>
      {props.optionsError ? <p className="text-danger">Could not check the cells: {props.optionsError}</p> : null}
      <p>{loading ? "Checking every cell…" : `${free} free cells, ${blocked} blocked.`}</p>
      {/* Always present while moving, so screen readers hear each cell's verdict as it changes. */}
      <div aria-live="polite">
        {hovered && hoveredState ? (
          <div className="rounded-md border border-border p-3">
            <HoveredCell label={props.when(hovered)} state={hoveredState} />
          </div>
        ) : (
          <p className="text-muted">Point at a cell to see whether it is free and why not.</p>
        )}
      </div>
      <Button variant="secondary" size="sm" onClick={props.onCancelMove}>
        Cancel move
      </Button>
    </section>
  );
}
