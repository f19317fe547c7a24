"use client";
// Picks what to view: a scope (own week, department, batch, faculty member, room), then which one,
// and the term. Choices come from the server already limited to what the viewer may open, so a
// head of department only ever sees their own department here, and per term, so a term offers its
// own departments, batches, faculty and rooms only.
import { inputClasses } from "@/components/ui/form-field";
import { TypeAheadSelect } from "@/components/ui/type-ahead";
import { choicesForTerm, type ScopeChoices, type ViewChoices } from "@/lib/domain/view-choices";
import type { TViewScope } from "@/lib/domain/timetable-query";
import type { TimetableQueryInput } from "./timetable-query-string";

const SCOPE_LABELS: Record<TViewScope, string> = {
  me: "My week",
  department: "Department",
  batch: "Batch",
  faculty: "Faculty member",
  room: "Room",
};

const CHOICE_LISTS: Record<Exclude<TViewScope, "me">, keyof ScopeChoices> = {
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
  // The chosen term's own lists: another term's departments, rooms, ... are not offered.
  const lists = choicesForTerm(choices, query.termId);
  const scopes = (Object.keys(SCOPE_LABELS) as TViewScope[]).filter(
    (s) => (s === "me" ? offerOwnWeek : lists[CHOICE_LISTS[s]].length > 0),
  );
  const items = scope === "me" ? [] : lists[CHOICE_LISTS[scope]];

  function chooseTerm(termId: string | undefined) {
    if (scope === "me") return onChange({ ...query, termId });
    // Keep what is being viewed when the other term has it too (a shared department), else its first.
    const next = choicesForTerm(choices, termId)[CHOICE_LISTS[scope]];
    const id = next.some((item) => item.id === query.id) ? query.id : next[0]?.id;
    onChange({ ...query, termId, id });
  }

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
            const firstId = next === "me" ? undefined : lists[CHOICE_LISTS[next]][0]?.id;
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
            onChange={(e) => chooseTerm(e.target.value || undefined)}
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
