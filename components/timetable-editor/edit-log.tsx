"use client";

import { format } from "date-fns";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TEditorEdit } from "@/lib/domain/timetable-editor";
import { formatScoreDelta } from "./cell-options";

export interface EditLogProps {
  edits: TEditorEdit[];
  canUndo: boolean;
  canRedo: boolean;
  editable: boolean;
  pending: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/** Who changed what and when, with the score change of each edit; undo and redo walk this list. */
export function EditLog({ edits, canUndo, canRedo, editable, pending, onUndo, onRedo }: EditLogProps) {
  const newestFirst = [...edits].sort((a, b) => b.seq - a.seq);
  return (
    <Card aria-label="Edit log">
      <CardHeader
        title="Changes"
        actions={
          editable ? (
            <>
              <Button size="sm" variant="secondary" disabled={!canUndo || pending} onClick={onUndo}>
                Undo
              </Button>
              <Button size="sm" variant="secondary" disabled={!canRedo || pending} onClick={onRedo}>
                Redo
              </Button>
            </>
          ) : null
        }
      />
      <CardBody>
        {newestFirst.length === 0 ? (
          <p className="text-sm text-muted">No changes yet.</p>
        ) : (
          <ol aria-label="Changes, newest first" className="max-h-96 space-y-2 overflow-y-auto text-sm">
            {newestFirst.map((edit) => (
              <li key={edit.seq} className={cn("border-b border-border pb-2", edit.undone && "text-muted line-through")}>
                <p>{edit.summary}</p>
                <p className="text-xs text-muted">
                  {edit.actorName ?? "A former user"}, {format(new Date(edit.at), "d MMM HH:mm:ss")} · score {formatScoreDelta(edit.scoreDelta)}
                  {edit.hardDelta !== 0 ? ` · hard ${edit.hardDelta > 0 ? "+" : "−"}${Math.abs(edit.hardDelta)}` : ""}
                  {edit.undone ? " · undone" : ""}
                </p>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
