"use client";

import { inputClasses } from "@/components/ui/form-field";

export interface TermSwitcherProps {
  terms: { id: string; name: string }[];
  currentId: string;
  action: (formData: FormData) => Promise<void>;
}

/** Chooses the term whose data every list, picker and check shows; submits on change. */
export function TermSwitcher({ terms, currentId, action }: TermSwitcherProps) {
  return (
    <form action={action} className="flex items-center gap-2" aria-label="Term switcher">
      <label htmlFor="current-term" className="text-sm font-medium">
        Term
      </label>
      <select
        id="current-term"
        name="termId"
        defaultValue={currentId}
        key={currentId}
        className={`${inputClasses} w-auto`}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
      >
        {terms.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <button type="submit" className="h-9 rounded-md border border-border px-3 text-sm">
        Switch
      </button>
    </form>
  );
}
