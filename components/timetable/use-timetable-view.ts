"use client";
// react-query hooks for one timetable view and its changes since the previous publication.
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TimetableView } from "@/lib/domain/timetable-view";
import type { ScheduleChanges } from "@/lib/domain/timetable-view";
import { timetableQueryString, type TimetableQueryInput } from "./timetable-query-string";

export function useTimetableView(query: TimetableQueryInput, enabled = true) {
  const qs = timetableQueryString(query);
  return useQuery({
    queryKey: ["timetable-view", qs],
    queryFn: () => fetchJson<TimetableView>(`/api/timetable?${qs}`),
    enabled,
  });
}

export function useScheduleChanges(query: TimetableQueryInput, enabled = true) {
  const qs = timetableQueryString(query);
  return useQuery({
    queryKey: ["timetable-changes", qs],
    queryFn: () => fetchJson<ScheduleChanges>(`/api/timetable/changes?${qs}`),
    enabled,
  });
}
