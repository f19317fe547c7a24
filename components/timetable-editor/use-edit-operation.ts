"use client";
/**
 * Sends one edit operation against the version on screen and says what came of it: applied, stale
 * (someone else changed the timetable first: nothing was written, the grid reloads), a hard conflict
 * the registrar may confirm (then the same operation goes again with force), or another error.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiRequestError, fetchJson } from "@/lib/api/fetch-json";
import {
  ZHardConflictResponseSchema,
  ZOperationResponseSchema,
  ZStaleResponseSchema,
  type TEditOperation,
  type TEditorData,
  type TOperationResponse,
} from "@/lib/domain/timetable-editor";
import { editorQueryKey } from "./editor-queries";

export type OperationOutcome =
  | { kind: "applied"; operation: TEditOperation; response: TOperationResponse; scoreBefore: number }
  | { kind: "stale"; operation: TEditOperation; sentVersion: number; currentVersion: number; message: string }
  | { kind: "conflict"; operation: TEditOperation; reasons: string[]; message: string }
  | { kind: "error"; operation: TEditOperation; message: string };

/**
 * The operation's result merged into the cached editor data, so the grid and score move at once.
 * An operation answers only the hard conflicts of the meetings it changed; the full list comes with
 * the next poll (once evaluate() has scored the new version), so until then the others' stay listed.
 */
function withResult(data: TEditorData, result: TOperationResponse): TEditorData {
  const changed = new Map(result.entries.map((entry) => [entry.id, entry]));
  const untouched = data.timetable.violations.filter((v) => !v.entryIds.some((id) => changed.has(id)));
  return {
    ...data,
    timetable: {
      ...data.timetable,
      version: result.version,
      score: result.score,
      hardViolations: result.hardViolations,
      breakdown: result.breakdown,
      violations: [...result.violations, ...untouched],
    },
    entries: data.entries.map((entry) => changed.get(entry.id) ?? entry),
    edits: [result.edit, ...data.edits.filter((edit) => edit.seq !== result.edit.seq)],
  };
}

function classify(operation: TEditOperation, sentVersion: number, error: unknown): OperationOutcome {
  if (error instanceof ApiRequestError) {
    const stale = ZStaleResponseSchema.safeParse(error.body);
    if (error.status === 409 && stale.success) {
      return { kind: "stale", operation, sentVersion, currentVersion: stale.data.currentVersion, message: stale.data.error };
    }
    const conflict = ZHardConflictResponseSchema.safeParse(error.body);
    if (error.status === 422 && conflict.success) {
      return { kind: "conflict", operation, reasons: conflict.data.reasons, message: conflict.data.error };
    }
    return { kind: "error", operation, message: error.message };
  }
  return { kind: "error", operation, message: error instanceof Error ? error.message : String(error) };
}

/** onApplied runs before the new version reaches the cache, so it can tell this page's versions from others'. */
export function useEditOperation(timetableId: string, onApplied?: (response: TOperationResponse) => void) {
  const queryClient = useQueryClient();
  const key = editorQueryKey(timetableId);

  return useMutation({
    mutationFn: async ({ operation, version }: { operation: TEditOperation; version: number }): Promise<OperationOutcome> => {
      const scoreBefore = queryClient.getQueryData<TEditorData>(key)?.timetable.score ?? 0;
      try {
        const body = await fetchJson<unknown>(`/api/timetables/${timetableId}/operations`, {
          method: "POST",
          body: JSON.stringify({ version, operation }),
        });
        return { kind: "applied", operation, response: ZOperationResponseSchema.parse(body), scoreBefore };
      } catch (error) {
        return classify(operation, version, error);
      }
    },
    onSuccess: async (outcome) => {
      if (outcome.kind === "applied") {
        // A poll that left before the operation must not paint the old grid over the new one.
        await queryClient.cancelQueries({ queryKey: key, exact: true });
        onApplied?.(outcome.response);
        queryClient.setQueryData<TEditorData>(key, (data) => (data ? withResult(data, outcome.response) : data));
      }
      // Applied: the log's actor names and undo/redo state come from the server. Stale: show theirs.
      // Not awaited: the outcome is shown at once, however slow the reload.
      if (outcome.kind === "applied" || outcome.kind === "stale") {
        void queryClient.invalidateQueries({ queryKey: key, exact: true });
      }
    },
  });
}
