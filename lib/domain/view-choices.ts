// What the timetable view picker offers, per term: a term's departments, batches, faculty and rooms
// are those of its own data (an imported ITC-2007 instance's department appears with its own term
// only). Pure: the picker (a client component) and the server share it.

export type ViewChoice = { id: string; label: string };

/** The lists of one term, already limited to what the viewer may open. */
export type ScopeChoices = {
  departments: ViewChoice[];
  batches: ViewChoice[];
  faculty: ViewChoice[];
  rooms: ViewChoice[];
};

export type ViewChoices = {
  /** Terms that have a published timetable, newest first. */
  terms: ViewChoice[];
  /** The term a view without a termId shows: the newest with a published timetable (else the newest term). */
  currentTermId: string | null;
  /** The lists of each term in `terms` (and of currentTermId). */
  byTerm: Record<string, ScopeChoices>;
};

export const NO_SCOPE_CHOICES: ScopeChoices = { departments: [], batches: [], faculty: [], rooms: [] };

/** The lists for a view of termId ("Current" when absent). */
export function choicesForTerm(choices: ViewChoices, termId?: string): ScopeChoices {
  const key = termId ?? choices.currentTermId;
  return (key ? choices.byTerm[key] : undefined) ?? NO_SCOPE_CHOICES;
}

export function hasAnyChoice(lists: ScopeChoices): boolean {
  return lists.departments.length + lists.batches.length + lists.faculty.length + lists.rooms.length > 0;
}
