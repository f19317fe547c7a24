"use client";

/**
 * Type-ahead pickers for long lists (faculty, offerings, batches, subjects, rooms): type a few letters
 * of any part of a label and choose from the matches with the mouse or the arrow keys and Enter.
 * Built on Headless UI's Combobox (ARIA combobox + listbox). The multiple variant shows the chosen
 * items as removable chips under the input.
 */
import { Combobox, ComboboxButton, ComboboxInput, ComboboxOption, ComboboxOptions } from "@headlessui/react";
import { useMemo, useState } from "react";
import { cn } from "./cn";
import { inputClasses } from "./form-field";

export type TypeAheadOption = { value: string; label: string };

// Enough to choose from; typing narrows the rest.
const MAX_SHOWN = 50;

function matching(options: readonly TypeAheadOption[], query: string): TypeAheadOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = words.length === 0 ? options : options.filter((o) => words.every((w) => o.label.toLowerCase().includes(w)));
  return found.slice(0, MAX_SHOWN);
}

interface CommonProps {
  id: string;
  options: readonly TypeAheadOption[];
  placeholder?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

function OptionList({ options, query, emptyOption }: { options: readonly TypeAheadOption[]; query: string; emptyOption?: string }) {
  const shown = matching(options, query);
  return (
    <ComboboxOptions anchor="bottom start" className="z-50 max-h-72 w-[var(--input-width)] overflow-auto rounded-md border border-border bg-surface py-1 text-sm shadow-lg empty:invisible">
      {emptyOption !== undefined && query === "" ? (
        <ComboboxOption value="" className="cursor-pointer px-3 py-1.5 text-muted data-[focus]:bg-subtle">
          {emptyOption}
        </ComboboxOption>
      ) : null}
      {shown.map((o) => (
        <ComboboxOption key={o.value} value={o.value} className="cursor-pointer px-3 py-1.5 data-[focus]:bg-subtle data-[selected]:font-semibold">
          {o.label}
        </ComboboxOption>
      ))}
      {shown.length === 0 ? <p className="px-3 py-1.5 text-muted">Nothing matches “{query}”</p> : null}
    </ComboboxOptions>
  );
}

export function TypeAheadSelect({ id, options, value, onChange, emptyOption, placeholder, ...aria }: CommonProps & { value: string; onChange: (value: string) => void; emptyOption?: string }) {
  const [query, setQuery] = useState("");
  const labels = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  return (
    <Combobox value={value} onChange={(v: string | null) => onChange(v ?? "")} onClose={() => setQuery("")} immediate>
      <div className="relative">
        <ComboboxInput
          id={id}
          className={cn(inputClasses, "pr-8")}
          displayValue={(v: string) => labels.get(v) ?? (v ? v : "")}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={placeholder ?? (emptyOption || "Type to search")}
          autoComplete="off"
          {...aria}
        />
        <ComboboxButton className="absolute inset-y-0 right-0 px-2 text-muted" aria-label="Show all">
          ▾
        </ComboboxButton>
      </div>
      <OptionList options={options} query={query} emptyOption={emptyOption} />
    </Combobox>
  );
}

export function TypeAheadMultiSelect({ id, options, value, onChange, placeholder, ...aria }: CommonProps & { value: string[]; onChange: (value: string[]) => void }) {
  const [query, setQuery] = useState("");
  const labels = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  return (
    <div className="space-y-2">
      <Combobox multiple value={value} onChange={(v: string[]) => onChange(v)} onClose={() => setQuery("")} immediate>
        <ComboboxInput id={id} className={inputClasses} onChange={(e) => setQuery(e.target.value)} placeholder={placeholder ?? "Type to add"} autoComplete="off" {...aria} />
        <OptionList options={options} query={query} />
      </Combobox>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label="Chosen">
          {value.map((v) => (
            <li key={v} className="inline-flex items-center gap-1 rounded-full border border-border bg-subtle px-2 py-0.5 text-xs">
              {labels.get(v) ?? v}
              <button type="button" className="text-muted hover:text-foreground" aria-label={`Remove ${labels.get(v) ?? v}`} onClick={() => onChange(value.filter((x) => x !== v))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
