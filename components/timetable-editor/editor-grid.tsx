"use client";

import {
  DndContext,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useRef } from "react";
import { subjectColour } from "@/components/timetable/week-grid";
import { layoutDay, type WeekGridBlock } from "@/components/timetable/week-grid-layout";
import { cn } from "@/components/ui/cn";
import type { TEditorData, TEditorEntry } from "@/lib/domain/timetable-editor";
import { cellId, parseCellId, type CellState } from "./cell-options";
import { GridCell, type ArrowDirection } from "./grid-cell";
import { MeetingCard, type CardAction } from "./meeting-card";

type Cell = { day: number; period: number };

export interface EditorGridProps {
  days: TEditorData["days"];
  periods: TEditorData["periods"];
  /** The meetings of the week on screen. */
  entries: TEditorEntry[];
  /** Whose week it is, read by screen readers as the grid's name. */
  caption: string;
  editable: boolean;
  moving: TEditorEntry | null;
  swapSource: TEditorEntry | null;
  highlightIds: ReadonlySet<string>;
  /** Null for every cell while nothing is being moved. */
  cellStateAt: (cell: Cell) => CellState | null;
  onPickUp: (entry: TEditorEntry) => void;
  onDrop: (cell: Cell) => void;
  onCancelMove: () => void;
  onHover: (cell: Cell | null) => void;
  onCardAction: (entry: TEditorEntry, action: CardAction) => void;
  onSwap: (entry: TEditorEntry) => void;
}

const toBlock = (entry: TEditorEntry): WeekGridBlock => ({
  id: entry.id,
  day: entry.day,
  period: entry.period,
  length: entry.length,
  subjectCode: entry.subjectCode,
  batchLabel: entry.batchCodes.join(", "),
  facultyLabel: entry.facultyName,
  roomLabel: entry.roomName,
});

/**
 * The editor's week: days as columns, periods as rows (a thicker line at breaks), a drop target in
 * every cell and the meetings laid over them, each spanning its periods. Clashing meetings share
 * their cell side by side (layoutDay), as in the read-only grid.
 */
export function EditorGrid(props: EditorGridProps) {
  const { days, periods, entries, caption, editable, moving, swapSource, highlightIds, cellStateAt } = props;
  const gridRef = useRef<HTMLDivElement>(null);
  // Mouse: a 6 px move starts a drag, so clicks on the card still work. Touch: a short press, so a
  // swipe over the grid still scrolls the page.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
  );
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const dayName = new Map(days.map((d) => [d.day, d.name]));
  const periodLabel = new Map(periods.map((p) => [p.index, p.label]));
  const when = (cell: Cell) => `${dayName.get(cell.day) ?? cell.day} ${periodLabel.get(cell.period) ?? cell.period}`;

  function focusNeighbour(from: Cell, direction: ArrowDirection) {
    const dayIndex = days.findIndex((d) => d.day === from.day);
    const periodIndex = periods.findIndex((p) => p.index === from.period);
    const nextDay = days[dayIndex + (direction === "left" ? -1 : direction === "right" ? 1 : 0)];
    const nextPeriod = periods[periodIndex + (direction === "up" ? -1 : direction === "down" ? 1 : 0)];
    if (!nextDay || !nextPeriod) return;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-cell-button="${cellId(nextDay.day, nextPeriod.index)}"]`)?.focus();
  }

  function onDragStart(event: DragStartEvent) {
    const entry = byId.get(String(event.active.id));
    if (entry) props.onPickUp(entry);
  }
  function onDragOver(event: DragOverEvent) {
    props.onHover(event.over ? parseCellId(event.over.id) : null);
  }
  function onDragEnd(event: DragEndEvent) {
    const cell = event.over ? parseCellId(event.over.id) : null;
    if (cell) props.onDrop(cell);
    else props.onCancelMove();
  }

  const dragged = moving && byId.has(moving.id) ? moving : null;
  return (
    <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragOver={onDragOver} onDragEnd={onDragEnd} onDragCancel={props.onCancelMove}>
      <div className="overflow-x-auto rounded-lg border border-border bg-surface">
        <div
          ref={gridRef}
          role="region"
          aria-label={caption}
          className="grid min-w-[44rem] text-sm"
          style={{ gridTemplateColumns: `5rem repeat(${days.length}, minmax(7rem, 1fr))`, gridTemplateRows: `auto repeat(${periods.length}, minmax(4.75rem, auto))` }}
        >
          <div className="border-b border-border bg-subtle px-2 py-2 text-xs font-medium text-muted" style={{ gridColumn: 1, gridRow: 1 }}>
            Time
          </div>
          {days.map((day, i) => (
            <div key={day.day} className="border-b border-l border-border bg-subtle px-2 py-2 font-medium" style={{ gridColumn: i + 2, gridRow: 1 }}>
              {day.name}
            </div>
          ))}
          {periods.map((period, row) => (
            <div
              key={period.index}
              className={cn("border-b border-border px-2 py-1 text-xs text-muted", period.breakAfter && "border-b-4 border-b-slate-400")}
              style={{ gridColumn: 1, gridRow: row + 2 }}
            >
              {period.label}
            </div>
          ))}
          {days.flatMap((day, col) =>
            periods.map((period, row) => (
              <GridCell
                key={cellId(day.day, period.index)}
                day={day.day}
                period={period.index}
                label={when({ day: day.day, period: period.index })}
                column={col + 2}
                row={row + 2}
                breakAfter={period.breakAfter}
                state={cellStateAt({ day: day.day, period: period.index })}
                onActivate={(d, p) => props.onDrop({ day: d, period: p })}
                onArrow={focusNeighbour}
                onHover={props.onHover}
              />
            )),
          )}
          {days.flatMap((day, col) =>
            layoutDay(entries.filter((e) => e.day === day.day).map(toBlock), periods.length).flatMap((cell, row) =>
              cell.kind === "start" ? (
                <div
                  key={`${day.day}-${row}`}
                  // While a meeting is being moved the cells underneath take the pointer and show through.
                  // A card's open menu (focus inside) must lie over the neighbouring days' cards.
                  className={cn("z-10 flex min-w-0 gap-1 p-1 focus-within:z-20", cell.blocks.length > 1 && "flex-col", moving && "pointer-events-none opacity-40")}
                  style={{ gridColumn: col + 2, gridRow: `${row + 2} / span ${cell.span}` }}
                >
                  {cell.blocks.map((block) => {
                    const entry = byId.get(block.id)!;
                    return (
                      <MeetingCard
                        key={entry.id}
                        entry={entry}
                        when={when(entry)}
                        editable={editable}
                        active={moving?.id === entry.id || swapSource?.id === entry.id}
                        highlighted={highlightIds.has(entry.id)}
                        swapWith={swapSource}
                        onAction={props.onCardAction}
                        onSwap={props.onSwap}
                      />
                    );
                  })}
                </div>
              ) : [],
            ),
          )}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className={cn("w-32 rounded border px-2 py-1 text-xs shadow-lg", subjectColour(dragged.subjectCode))}>
            <p className="font-semibold">{dragged.subjectCode}</p>
            <p>{dragged.batchCodes.join(", ")}</p>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
