"use client";
// The interactive timetable: optional picker, downloads, the week grid, what changed since the last
// publication, and (for one's own week) the calendar subscription panel. The chosen view lives in
// the URL when `syncUrl` is set, so it can be bookmarked and shared with colleagues who may see it.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { addDays, mondayOf } from "@/lib/dates/iso-date";
import { Alert } from "@/components/ui/alert";
import { ApiRequestError } from "@/lib/api/fetch-json";
import { hasAnyChoice, type ViewChoices } from "@/lib/domain/view-choices";
import { CalendarSubscription } from "./calendar-subscription";
import { DayAgenda } from "./day-agenda";
import { ScheduleChangesPanel } from "./schedule-changes";
import { agendaStartDay, shortDate, todayIn } from "./term-dates";
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
  // Any term: a term without lists of its own still needs the picker to switch to another.
  return !!choices && Object.values(choices.byTerm).some(hasAnyChoice);
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
  const term = view.data?.term;
  // The date being looked at: set on the browser once the view arrives ("today" is the browser's
  // clock in the term's zone, which the server cannot know), and again when the term changes.
  const [dates, setDates] = useState<{ termId: string; today: string; home: string; focus: string } | null>(null);
  useEffect(() => {
    if (!term || dates?.termId === term.id) return;
    const today = todayIn(term.timezone);
    const home = agendaStartDay(term, today);
    setDates({ termId: term.id, today, home, focus: home });
  }, [term, dates?.termId]);
  const focusOn = (focus: string) => setDates((d) => (d ? { ...d, focus } : d));

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
            <div className="print:hidden">
              <TimetableDownloads query={query} />
            </div>
          </div>
          {view.data.rows.length === 0 ? <p className="text-muted">No classes in this timetable for this view.</p> : null}
          {dates ? (
            <div className="md:hidden print:hidden">
              <DayAgenda view={view.data} date={dates.focus} today={dates.today} home={dates.home} onDateChange={focusOn} />
            </div>
          ) : null}
          <div className="hidden space-y-2 md:block print:block">
            {dates ? (
              <div className="flex flex-wrap items-center gap-2 print:hidden" role="group" aria-label="Week">
                <Button variant="secondary" size="sm" onClick={() => focusOn(addDays(dates.focus, -7))}>
                  <span aria-hidden="true">‹</span> Previous week
                </Button>
                <Button variant="ghost" size="sm" onClick={() => focusOn(dates.home)}>
                  This week
                </Button>
                <Button variant="secondary" size="sm" onClick={() => focusOn(addDays(dates.focus, 7))}>
                  Next week <span aria-hidden="true">›</span>
                </Button>
                <span className="text-sm text-muted" aria-live="polite">
                  Week of {shortDate(mondayOf(dates.focus))}
                </span>
              </div>
            ) : null}
            <TimetableWeek view={view.data} weekOf={dates?.focus} />
          </div>
        </section>
      ) : null}

      {/* A printed week is the week alone: what changed and the feed stay on screen. */}
      <div className="space-y-6 print:hidden">
        {view.data ? <ScheduleChangesPanel query={query} /> : null}
        {offerOwnWeek && isOwnWeek ? <CalendarSubscription /> : null}
      </div>
    </div>
  );
}
