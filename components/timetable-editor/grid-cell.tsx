"use client";

import { useDroppable } from "@dnd-kit/core";
import type { KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { cellId, describeCellState, formatScoreDelta, type CellState } from "./cell-options";

export type ArrowDirection = "up" | "down" | "left" | "right";

const ARROWS: Record<string, ArrowDirection> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

export interface GridCellProps {
  day: number;
  period: number;
  /** "Tue 10:00": how the cell is named to screen readers and in tooltips. */
  label: string;
  column: number;
  row: number;
  /** A break follows this period: a thicker line under the cell. */
  breakAfter: boolean;
  /** Null when no meeting is being moved. */
  state: CellState | null;
  onActivate: (day: number, period: number) => void;
  onArrow: (from: { day: number; period: number }, direction: ArrowDirection) => void;
  onHover: (cell: { day: number; period: number } | null) => void;
}

const STATE_CLASSES: Record<CellState["state"], string> = {
  current: "bg-sky-100 text-sky-950",
  loading: "bg-subtle text-muted",
  free: "bg-emerald-50 text-emerald-950",
  blocked: "bg-rose-100 text-rose-950 bg-[repeating-linear-gradient(135deg,transparent,transparent_6px,rgb(254_205_211)_6px,rgb(254_205_211)_8px)]",
};

function shortText(state: CellState): string {
  if (state.state === "free") return formatScoreDelta(state.scoreDelta);
  if (state.state === "blocked") return "blocked";
  if (state.state === "current") return "now";
  return "…";
}

/**
 * One (day, period) of the week: a drop target for dragged meetings and, while a meeting is being
 * moved, a button (Enter or click drops it here; arrow keys go to the neighbouring cells).
 */
export function GridCell({ day, period, label, column, row, breakAfter, state, onActivate, onArrow, onHover }: GridCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: cellId(day, period), data: { day, period } });
  const description = state ? `${label}: ${describeCellState(state)}` : undefined;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    onArrow({ day, period }, direction);
  }

  return (
    <div
      ref={setNodeRef}
      style={{ gridColumn: column, gridRow: row }}
      className={cn(
        "relative border-b border-l border-border",
        breakAfter && "border-b-4 border-b-slate-400",
        state && STATE_CLASSES[state.state],
        isOver && "outline-2 -outline-offset-2 outline-primary",
      )}
      title={description}
      data-cell={`${day}:${period}`}
      data-state={state?.state}
      onPointerEnter={state ? () => onHover({ day, period }) : undefined}
    >
      {state ? (
        <button
          type="button"
          data-cell-button={cellId(day, period)}
          aria-label={description}
          className="absolute inset-0 flex items-start justify-end p-1 text-xs font-semibold"
          onClick={() => onActivate(day, period)}
          onFocus={() => onHover({ day, period })}
          onKeyDown={onKeyDown}
        >
          <span aria-hidden="true" className="rounded bg-white/80 px-1">
            {shortText(state)}
          </span>
        </button>
      ) : null}
    </div>
  );
}
