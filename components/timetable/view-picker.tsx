"use client";
// Picks what to view: a scope (own week, department, batch, faculty member, room), then which one,
// and the term. Choices come from the server already limited to what the viewer may open, so a
// head of department only ever sees their own department here.
import { inputClasses } from "@/components/ui/form-field";
import { TypeAheadSelect } from "@/components/ui/type-ahead";
import type { ViewChoices } from "@/lib/domain/timetable-view";
import type { TViewScope } from "@/lib/domain/timetable-query";
import type { TimetableQueryInput } from "./timetable-query-string";

const SCOPE_LABELS: Record<TViewScope, string> = {
  me: "My week",
  department: "Department",
  batch: "Batch",
  faculty: "Faculty member",
  room: "Room",
};

const CHOICE_LISTS: Record<Exclude<TViewScope, "me">, keyof ViewChoices> = {
  department: "departments",
  batch: "batches",
  faculty: "faculty",
  room: "rooms",
};

const TYPE_AHEAD_FROM = 15;

export type ViewPickerProps = {
  choices: ViewChoices;
  query: TimetableQueryInput;
  /** Whether "My week" is offered (the account teaches or studies). */
  offerOwnWeek: boolean;
  onChange: (query: TimetableQueryInput) => void;
};

export function ViewPicker({ choices, query, offerOwnWeek, onChange }: ViewPickerProps) {
  const scope = query.scope ?? "me";
  const scopes = (Object.keys(SCOPE_LABELS) as TViewScope[]).filter(
    (s) => (s === "me" ? offerOwnWeek : choices[CHOICE_LISTS[s]].length > 0),
  );
  const items = scope === "me" ? [] : choices[CHOICE_LISTS[scope]];

  return (
    <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()} aria-label="Choose a timetable">
      <div>
        <label htmlFor="view-scope" className="block text-sm font-medium">
          View
        </label>
        <select
          id="view-scope"
          className={inputClasses}
          value={scope}
          onChange={(e) => {
            const next = e.target.value as TViewScope;
            const firstId = next === "me" ? undefined : choices[CHOICE_LISTS[next]][0]?.id;
            onChange({ ...query, scope: next, id: firstId });
          }}
        >
          {scopes.map((s) => (
            <option key={s} value={s}>
              {SCOPE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {scope !== "me" ? (
        <div className="min-w-56">
          <label htmlFor="view-id" className="block text-sm font-medium">
            {SCOPE_LABELS[scope]}
          </label>
          {items.length > TYPE_AHEAD_FROM ? (
            // 177 faculty or 92 batches: found by typing a few letters rather than scrolled for.
            <TypeAheadSelect
              id="view-id"
              options={items.map((item) => ({ value: item.id, label: item.label }))}
              value={query.id ?? ""}
              onChange={(id) => id && onChange({ ...query, id })}
            />
          ) : (
            <select id="view-id" className={inputClasses} value={query.id ?? ""} onChange={(e) => onChange({ ...query, id: e.target.value })}>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          )}
        </div>
      ) : null}
      {choices.terms.length > 1 ? (
        <div>
          <label htmlFor="view-term" className="block text-sm font-medium">
            Term
          </label>
          <select
            id="view-term"
            className={inputClasses}
            value={query.termId ?? ""}
            onChange={(e) => onChange({ ...query, termId: e.target.value || undefined })}
          >
            <option value="">Current</option>
            {choices.terms.map((term) => (
              <option key={term.id} value={term.id}>
                {term.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </form>
  );
}
