"use client";
// The interactive timetable: optional picker, downloads, the week grid, what changed since the last
// publication, and (for one's own week) the calendar subscription panel. The chosen view lives in
// the URL when `syncUrl` is set, so it can be bookmarked and shared with colleagues who may see it.
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ApiRequestError } from "@/lib/api/fetch-json";
import type { ViewChoices } from "@/lib/server/timetable-views/get-view-choices";
import { CalendarSubscription } from "./calendar-subscription";
import { ScheduleChangesPanel } from "./schedule-changes";
import { TimetableDownloads } from "./timetable-downloads";
import { timetableQueryString, type TimetableQueryInput } from "./timetable-query-string";
import { TimetableWeek } from "./timetable-week";
import { useTimetableView } from "./use-timetable-view";
import { ViewPicker } from "./view-picker";

export type TimetableExplorerProps = {
  initialQuery: TimetableQueryInput;
  /** Picker choices; null hides the picker (faculty and students see their own week only). */
  choices: ViewChoices | null;
  /** Whether the account has a week of its own (teaches or studies): offers "My week" and the feed. */
  offerOwnWeek: boolean;
  syncUrl?: boolean;
};

function hasChoices(choices: ViewChoices | null): choices is ViewChoices {
  return !!choices && (choices.departments.length + choices.batches.length + choices.faculty.length + choices.rooms.length > 0);
}

function errorMessage(error: Error): string {
  if (error instanceof ApiRequestError && error.status === 404) return error.message;
  if (error instanceof ApiRequestError && error.status === 403) return `You cannot view this timetable: ${error.message}`;
  return `The timetable could not be loaded: ${error.message}`;
}

export function TimetableExplorer({ initialQuery, choices, offerOwnWeek, syncUrl = false }: TimetableExplorerProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [query, setQuery] = useState<TimetableQueryInput>(initialQuery);
  const needsId = (query.scope ?? "me") !== "me" && !query.id;
  const view = useTimetableView(query, !needsId);

  function choose(next: TimetableQueryInput) {
    setQuery(next);
    if (syncUrl) router.replace(`${pathname}?${timetableQueryString(next)}`, { scroll: false });
  }

  const isOwnWeek = (query.scope ?? "me") === "me";
  return (
    <div className="space-y-6">
      {hasChoices(choices) ? <ViewPicker choices={choices} query={query} offerOwnWeek={offerOwnWeek} onChange={choose} /> : null}

      {needsId ? <p className="text-muted">Choose what to view above.</p> : null}
      {view.isPending && !needsId ? <p className="text-muted" aria-live="polite">Loading the timetable…</p> : null}
      {view.error ? <Alert tone={view.error instanceof ApiRequestError && view.error.status === 404 ? "info" : "error"}>{errorMessage(view.error)}</Alert> : null}

      {view.data ? (
        <section aria-labelledby="timetable-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="timetable-heading" className="text-lg">
                {view.data.view.label}
              </h2>
              <p className="text-sm text-muted">
                {view.data.term.name}
                {view.data.timetable.status === "PUBLISHED"
                  ? view.data.timetable.publishedAt
                    ? ` · published ${new Date(view.data.timetable.publishedAt).toLocaleDateString(undefined, { dateStyle: "medium" })}`
                    : null
                  : ` · ${view.data.timetable.status.toLowerCase()}: ${view.data.timetable.name}`}
                {` · times in ${view.data.term.timezone}`}
              </p>
            </div>
            <TimetableDownloads query={query} />
          </div>
          {view.data.rows.length === 0 ? <p className="text-muted">No classes in this timetable for this view.</p> : null}
          <TimetableWeek view={view.data} />
        </section>
      ) : null}

      {view.data ? <ScheduleChangesPanel query={query} /> : null}
      {offerOwnWeek && isOwnWeek ? <CalendarSubscription /> : null}
    </div>
  );
}
