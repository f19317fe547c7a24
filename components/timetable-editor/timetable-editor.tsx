"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { TEditorEntry, TEditorViolation } from "@/lib/domain/timetable-editor";
import { cellId } from "./cell-options";
import { ConfirmForceDialog } from "./confirm-force-dialog";
import { EditLog } from "./edit-log";
import { EditTimetableButton } from "./edit-timetable-button";
import { EditorGrid } from "./editor-grid";
import { useEditorData } from "./editor-queries";
import { isInView, viewChoices, viewOf, type EditorView } from "./editor-view";
import { EditorViewPicker } from "./editor-view-picker";
import { meetingName, type CardAction } from "./meeting-card";
import { MovePanel } from "./move-panel";
import { OperationNotice } from "./operation-notice";
import { PublishDraftButton } from "./publish-draft-button";
import { RoomPickerDialog } from "./room-picker-dialog";
import { ScorePanel } from "./score-panel";
import { SuggestionsDialog } from "./suggestions-dialog";
import { useEditorInteraction } from "./use-editor-interaction";
import { useRemoteChanges } from "./use-remote-changes";

type Cell = { day: number; period: number };

/**
 * The timetable editor: one week (a batch's, faculty member's or room's) as a grid to drag meetings
 * around in, with the score, violations and the change log beside it. The timetable's data is polled
 * (editor-queries), operations go through use-editor-interaction; this file only lays them out.
 */
export function TimetableEditor({ timetableId }: { timetableId: string }) {
  const query = useEditorData(timetableId);
  const data = query.data;
  const remote = useRemoteChanges(data);
  const act = useEditorInteraction(timetableId, data, (response) => remote.markOwn(response.version));
  const [chosenView, setChosenView] = useState<EditorView | null>(null);
  const [highlightIds, setHighlightIds] = useState<ReadonlySet<string>>(new Set());
  const focusCellOnMove = useRef(false);

  const moving = act.moving;
  const stopMoving = act.stopMoving;
  useEffect(() => {
    if (!moving) return;
    if (focusCellOnMove.current) {
      focusCellOnMove.current = false;
      document.querySelector<HTMLButtonElement>(`[data-cell-button="${cellId(moving.day, moving.period)}"]`)?.focus();
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") stopMoving();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [moving, stopMoving]);

  if (query.error && !data) {
    return (
      <Alert tone="error" title="Could not load the timetable">
        {query.error.message}
      </Alert>
    );
  }
  if (!data) return <p className="text-muted">Loading the timetable…</p>;

  const { timetable } = data;
  const editable = timetable.status === "draft";
  const choices = viewChoices(data);
  const view = chosenView ?? { kind: "batch" as const, key: choices.batch[0]?.key ?? "" };
  const inView = data.entries.filter((e) => isInView(e, view));
  const viewLabel = choices[view.kind].find((c) => c.key === view.key)?.label ?? view.key;
  const dayName = new Map(data.days.map((d) => [d.day, d.name]));
  const periodLabel = new Map(data.periods.map((p) => [p.index, p.label]));
  const when = (cell: Cell) => `${dayName.get(cell.day) ?? cell.day} ${periodLabel.get(cell.period) ?? cell.period}`;
  const allStates = moving
    ? data.days.flatMap((d) => data.periods.map((p) => act.cellStateAt({ day: d.day, period: p.index })!))
    : [];

  function onCardAction(entry: TEditorEntry, action: CardAction) {
    if (action === "move") focusCellOnMove.current = true;
    act.cardAction(entry, action);
  }

  function showViolation(violation: TEditorViolation) {
    const first = data!.entries.find((e) => violation.entryIds.includes(e.id));
    if (first) setChosenView(viewOf(first));
    setHighlightIds(new Set(violation.entryIds));
  }

  const dialog = act.dialog;
  const roomDialogRooms =
    dialog?.kind === "pickRoom"
      ? dialog.rooms
      : dialog?.kind === "changeRoom"
        ? (act.cells?.get(cellId(dialog.entry.day, dialog.entry.period))?.rooms ?? null)
        : null;

  return (
    <>
      <PageHeader
        title={`Edit ${timetable.name}`}
        description={`Status: ${timetable.status} · version ${timetable.version}. Drag a meeting to see where it can go; every change is checked and logged.`}
        actions={
          <>
            <Link href={`/admin/timetables/${timetable.id}`}>Review</Link>
            {editable ? <PublishDraftButton timetableId={timetable.id} hardViolations={timetable.hardViolations} /> : null}
          </>
        }
      />
      {!editable ? (
        <Alert tone="info" title={`This timetable is ${timetable.status}`} className="mb-4">
          {timetable.status === "published" ? (
            <div className="space-y-2">
              <p>Editing it makes a new draft; this one stays as it is until that draft is published.</p>
              <EditTimetableButton timetableId={timetable.id} label="Edit in a new draft" />
            </div>
          ) : (
            "Archived timetables cannot be changed."
          )}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-label="Week" className="min-w-0 space-y-4">
          <EditorViewPicker view={view} choices={choices} onChange={setChosenView} />
          <OperationNotice outcome={act.outcome} remote={remote.change} onDismiss={act.dismissOutcome} onDismissRemote={remote.dismiss} />
          {query.error ? <Alert tone="warning">Lost contact with the server; retrying… ({query.error.message})</Alert> : null}
          <EditorGrid
            days={data.days}
            periods={data.periods}
            entries={inView}
            caption={`Week of ${viewLabel}`}
            editable={editable && !act.pending}
            moving={moving}
            swapSource={act.swapSource}
            highlightIds={highlightIds}
            cellStateAt={act.cellStateAt}
            onPickUp={act.pickUp}
            onDrop={act.drop}
            onCancelMove={stopMoving}
            onHover={act.setHovered}
            onCardAction={onCardAction}
            onSwap={act.swapWith}
          />
        </section>
        <aside className="space-y-4">
          <div className="lg:sticky lg:top-4">
            <MovePanel
              moving={moving}
              swapSource={act.swapSource}
              swapRooms={act.swapRooms}
              onSwapRoomsChange={act.setSwapRooms}
              hovered={act.hovered}
              cellStateAt={act.cellStateAt}
              allStates={allStates}
              when={when}
              optionsError={act.options.error?.message ?? null}
              onCancelMove={stopMoving}
              onCancelSwap={act.cancelSwap}
            />
          </div>
          <ScorePanel timetable={timetable} view={{ label: viewLabel, entryIds: new Set(inView.map((e) => e.id)) }} onShow={showViolation} />
          <EditLog
            edits={data.edits}
            canUndo={data.canUndo}
            canRedo={data.canRedo}
            editable={editable}
            pending={act.pending}
            onUndo={() => void act.run({ type: "undo" })}
            onRedo={() => void act.run({ type: "redo" })}
          />
        </aside>
      </div>
      <RoomPickerDialog
        open={dialog?.kind === "pickRoom" || dialog?.kind === "changeRoom"}
        title={
          dialog?.kind === "pickRoom"
            ? `Which room for ${meetingName(dialog.entry)} on ${when(dialog.cell)}?`
            : dialog?.kind === "changeRoom"
              ? `Change the room of ${meetingName(dialog.entry)} (${when(dialog.entry)})`
              : ""
        }
        rooms={roomDialogRooms}
        roomInfo={data.rooms}
        currentRoomId={dialog?.kind === "changeRoom" ? dialog.entry.roomId : undefined}
        onChoose={act.chooseRoom}
        onClose={act.closeDialog}
      />
      <SuggestionsDialog
        timetableId={timetable.id}
        version={timetable.version}
        entry={dialog?.kind === "suggest" ? dialog.entry : null}
        onApply={(moves) => void act.run({ type: "moves", moves })}
        onClose={act.closeDialog}
      />
      <ConfirmForceDialog
        open={dialog?.kind === "confirm"}
        reasons={dialog?.kind === "confirm" ? dialog.reasons : []}
        onConfirm={() => dialog?.kind === "confirm" && void act.run(dialog.operation)}
        onClose={act.closeDialog}
      />
    </>
  );
}
