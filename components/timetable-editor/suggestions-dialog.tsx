"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TEditorEntry, TMeetingMove } from "@/lib/domain/timetable-editor";
import { formatScoreDelta } from "./cell-options";
import { useSuggestions } from "./editor-queries";
import { meetingName } from "./meeting-card";

export interface SuggestionsDialogProps {
  timetableId: string;
  version: number;
  /** The meeting to place better; null = closed. */
  entry: TEditorEntry | null;
  onApply: (moves: TMeetingMove[]) => void;
  onClose: () => void;
}

/** "Suggest…": the server's best places for a meeting (some move another meeting out of the way first), best first. */
export function SuggestionsDialog({ timetableId, version, entry, onApply, onClose }: SuggestionsDialogProps) {
  const suggestions = useSuggestions(timetableId, entry?.id ?? null, version);
  const list = suggestions.data?.suggestions ?? [];
  return (
    <Dialog open={entry !== null} title={entry ? `Suggestions for ${meetingName(entry)}` : ""} onClose={onClose}>
      {suggestions.isPending ? <p className="text-sm text-muted">Looking for better places…</p> : null}
      {suggestions.error ? <p className="text-sm text-danger">{suggestions.error.message}</p> : null}
      {suggestions.data && list.length === 0 ? <p className="text-sm">No better place found.</p> : null}
      <ol aria-label="Suggestions, best first" className="max-h-96 space-y-2 overflow-y-auto text-sm">
        {list.map((suggestion, i) => (
          <li key={i} className="flex items-start gap-3 rounded-md border border-border px-3 py-2">
            <div className="flex-1">
              <p>{suggestion.summary}</p>
              <p className="text-xs text-muted">
                score {formatScoreDelta(suggestion.scoreDelta)}
                {suggestion.hardDelta !== 0 ? ` · hard ${suggestion.hardDelta > 0 ? "+" : "−"}${Math.abs(suggestion.hardDelta)}` : ""}
                {suggestion.moves.length > 1 ? ` · moves ${suggestion.moves.length} meetings` : ""}
              </p>
            </div>
            <Button size="sm" aria-label={`Apply: ${suggestion.summary}`} onClick={() => onApply(suggestion.moves)}>
              Apply
            </Button>
          </li>
        ))}
      </ol>
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
