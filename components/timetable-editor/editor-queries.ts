"use client";
/**
 * The editor's server state, owned by react-query: the timetable being edited (polled every second so
 * a second registrar's change shows within 2 s) and the options of the meeting being moved. Every
 * response is parsed with the contract's schemas (lib/domain/timetable-editor.ts).
 */
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import {
  ZEditorDataSchema,
  ZOptionsResponseSchema,
  ZSuggestionsResponseSchema,
  type TEditorData,
  type TOptionsResponse,
  type TSuggestionsResponse,
} from "@/lib/domain/timetable-editor";

/** Often enough that another registrar's change appears within 2 s, wherever the poll stood. */
export const EDITOR_POLL_MS = 1_000;

export const editorQueryKey = (timetableId: string) => ["timetable-editor", timetableId] as const;
export const optionsQueryKey = (timetableId: string, entryId: string, version: number) =>
  ["timetable-editor", timetableId, "options", entryId, version] as const;

export async function fetchEditorData(timetableId: string): Promise<TEditorData> {
  return ZEditorDataSchema.parse(await fetchJson<unknown>(`/api/timetables/${timetableId}/editor`));
}

export function useEditorData(timetableId: string) {
  return useQuery({
    queryKey: editorQueryKey(timetableId),
    queryFn: () => fetchEditorData(timetableId),
    refetchInterval: EDITOR_POLL_MS,
    // Keep polling in a background tab too: coming back must not show a stale grid for a moment.
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}

/**
 * Where the picked-up meeting can go. Keyed by the version it was computed on, so a change by anyone
 * (a poll that brings a new version) fetches fresh options instead of colouring cells from old data.
 */
export function useCellOptions(timetableId: string, entryId: string | null, version: number | undefined) {
  return useQuery({
    queryKey: optionsQueryKey(timetableId, entryId ?? "", version ?? -1),
    queryFn: async (): Promise<TOptionsResponse> =>
      ZOptionsResponseSchema.parse(
        await fetchJson<unknown>(`/api/timetables/${timetableId}/options?entryId=${encodeURIComponent(entryId!)}`),
      ),
    enabled: entryId !== null && version !== undefined,
    staleTime: Infinity,
    // While a new version's options load, keep colouring with the previous ones rather than blanking.
    placeholderData: (previous) => (previous?.entryId === entryId ? previous : undefined),
  });
}

/** Up to 10 ranked placements for one meeting, computed on the server on request (the "Suggest…" dialog). */
export function useSuggestions(timetableId: string, entryId: string | null, version: number | undefined) {
  return useQuery({
    queryKey: ["timetable-editor", timetableId, "suggestions", entryId ?? "", version ?? -1] as const,
    queryFn: async (): Promise<TSuggestionsResponse> =>
      ZSuggestionsResponseSchema.parse(
        await fetchJson<unknown>(`/api/timetables/${timetableId}/suggestions?entryId=${encodeURIComponent(entryId!)}`),
      ),
    enabled: entryId !== null && version !== undefined,
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
}
