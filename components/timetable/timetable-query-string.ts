// The query string the timetable routes and pages share, built from a TTimetableQuery-like object.
import type { TTimetableQuery } from "@/lib/domain/timetable-query";

export type TimetableQueryInput = Partial<TTimetableQuery>;

export function timetableQueryString(query: TimetableQueryInput): string {
  const params = new URLSearchParams();
  params.set("scope", query.scope ?? "me");
  if (query.id && query.scope !== "me") params.set("id", query.id);
  if (query.termId) params.set("termId", query.termId);
  if (query.timetableId) params.set("timetableId", query.timetableId);
  return params.toString();
}
