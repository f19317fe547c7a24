/** Plain-data description of a form field, built by server pages (options come from the database). */
export type FieldOption = { value: string; label: string };

export type FieldKind = "text" | "email" | "number" | "select" | "multiselect" | "checkbox";

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

/** A database value as a form value: numbers and null become strings, arrays and booleans stay. */
export function toFormValue(value: unknown): FormValue {
  if (typeof value === "boolean" || Array.isArray(value)) return value as FormValue;
  if (value === null || value === undefined) return "";
  return String(value);
}

export function toFormValues(record: Record<string, unknown>, fields: FieldDef[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, toFormValue(record[f.name] ?? (f.kind === "checkbox" ? false : f.kind === "multiselect" ? [] : ""))]));
}
