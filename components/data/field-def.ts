/** Plain-data description of a form field, built by server pages (options come from the database). */
export type FieldOption = { value: string; label: string };

export type FieldKind = "text" | "email" | "number" | "date" | "textarea" | "select" | "multiselect" | "checkbox";

export interface FieldDef {
  name: string;
  label: string;
  kind: FieldKind;
  options?: FieldOption[];
  /** Label of the empty choice of an optional select, e.g. "No department". */
  emptyOption?: string;
  hint?: string;
}

export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;

/** A database value as a form value: numbers, dates and null become strings; arrays become string arrays. */
export function toFormValue(value: unknown): FormValue {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(String);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return "";
  return String(value);
}

export function toFormValues(record: Record<string, unknown>, fields: FieldDef[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, toFormValue(record[f.name] ?? (f.kind === "checkbox" ? false : f.kind === "multiselect" ? [] : ""))]));
}
