"use client";

import { useDraggable } from "@dnd-kit/core";
import { useState, type FocusEvent } from "react";
import { subjectColour } from "@/components/timetable/week-grid";
import { cn } from "@/components/ui/cn";
import type { TEditorEntry } from "@/lib/domain/timetable-editor";

export type CardAction = "move" | "room" | "swap" | "suggest" | "pinTime" | "pinRoom" | "pinBoth" | "unpin";

const ACTION_LABEL: Record<CardAction, string> = {
  move: "Move…",
  room: "Change room…",
  swap: "Swap with…",
  suggest: "Suggest…",
  pinTime: "Pin time",
  pinRoom: "Pin room",
  pinBoth: "Pin time and room",
  unpin: "Unpin",
};

export interface MeetingCardProps {
  entry: TEditorEntry;
  /** "Mon 09:00": where the meeting is, for its accessible names. */
  when: string;
  editable: boolean;
  /** The meeting being moved or swapped: drawn as picked up. */
  active: boolean;
  /** A violation the registrar asked to see involves this meeting. */
  highlighted: boolean;
  /** While another meeting waits for its swap partner: this card offers itself. */
  swapWith: TEditorEntry | null;
  onAction: (entry: TEditorEntry, action: CardAction) => void;
  onSwap: (entry: TEditorEntry) => void;
}

export function meetingName(entry: TEditorEntry): string {
  return entry.batchCodes.length > 0 ? `${entry.subjectCode} (${entry.batchCodes.join(", ")})` : entry.subjectCode;
}

function pinLabel(entry: TEditorEntry): string | null {
  if (entry.pinnedTime && entry.pinnedRoom) return "Pinned";
  if (entry.pinnedTime) return "Time pinned";
  if (entry.pinnedRoom) return "Room pinned";
  return null;
}

/** Pins add to what is pinned already ("Pin room" on a time-pinned meeting pins both). */
function actionsFor(entry: TEditorEntry): CardAction[] {
  const pins: CardAction[] = [];
  if (!entry.pinnedTime) pins.push("pinTime");
  if (!entry.pinnedRoom) pins.push("pinRoom");
  if (!entry.pinnedTime && !entry.pinnedRoom) pins.push("pinBoth");
  if (entry.pinnedTime || entry.pinnedRoom) pins.push("unpin");
  return ["move", "room", "swap", "suggest", ...pins];
}

/**
 * A meeting in the editor's grid: dragged with the mouse or a finger (dnd-kit), and a menu of
 * everything else, which is also the keyboard path ("Move…" then arrow keys and Enter).
 */
export function MeetingCard({ entry, when, editable, active, highlighted, swapWith, onAction, onSwap }: MeetingCardProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: entry.id, disabled: !editable });
  const name = meetingName(entry);
  const pin = pinLabel(entry);
  const menuId = `menu-${entry.id}`;

  function closeOnFocusOut(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setMenuOpen(false);
  }

  return (
    <div
      ref={setNodeRef}
      {...listeners}
      onBlur={closeOnFocusOut}
      onKeyDown={(event) => {
        if (event.key === "Escape") setMenuOpen(false);
      }}
      data-entry-id={entry.id}
      className={cn(
        "relative min-w-0 flex-1 touch-manipulation rounded border px-1.5 py-1 text-xs leading-snug break-words select-none",
        subjectColour(entry.subjectCode),
        editable && "cursor-grab",
        (isDragging || active) && "opacity-50 ring-2 ring-primary",
        highlighted && "ring-2 ring-danger",
      )}
    >
      <p className="font-semibold" title={entry.subjectName}>
        {entry.subjectCode}
      </p>
      {entry.batchCodes.length > 0 ? <p>{entry.batchCodes.join(", ")}</p> : null}
      <p className="font-medium">{entry.roomName}</p>
      {pin ? <p className="mt-0.5 inline-block rounded bg-slate-800 px-1 text-[0.7rem] font-medium text-white">{pin}</p> : null}
      {swapWith && swapWith.id !== entry.id ? (
        <button
          type="button"
          className="mt-1 block w-full rounded bg-primary px-1 py-0.5 text-primary-foreground"
          aria-label={`Swap ${meetingName(swapWith)} with ${name} on ${when}`}
          onClick={() => onSwap(entry)}
        >
          Swap here
        </button>
      ) : null}
      {editable && !swapWith ? (
        <button
          type="button"
          className="absolute top-0.5 right-0.5 rounded px-1 leading-none hover:bg-white/70"
          aria-label={`Actions for ${name}, ${when}`}
          aria-expanded={menuOpen}
          aria-controls={menuId}
          // The card's drag listeners must not start a drag from the menu button.
          onMouseDown={(event) => event.stopPropagation()}
          onTouchStart={(event) => event.stopPropagation()}
          onClick={() => setMenuOpen((open) => !open)}
        >
          ⋯
        </button>
      ) : null}
      {menuOpen ? (
        <ul id={menuId} className="absolute top-6 right-0 z-30 w-44 rounded-md border border-border bg-surface py-1 text-sm text-foreground shadow-lg">
          {actionsFor(entry).map((action) => (
            <li key={action}>
              <button
                type="button"
                className="block w-full px-3 py-1.5 text-left hover:bg-subtle"
                onMouseDown={(event) => event.stopPropagation()}
                onTouchStart={(event) => event.stopPropagation()}
                onClick={() => {
                  setMenuOpen(false);
                  onAction(entry, action);
                }}
              >
                {ACTION_LABEL[action]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
