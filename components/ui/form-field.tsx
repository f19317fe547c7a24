import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export const inputClasses =
  "block w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-foreground " +
  "placeholder:text-muted/70 aria-[invalid=true]:border-danger disabled:bg-subtle";

/** Ids that tie a control to its hint and error text (aria-describedby). */
export function fieldDescriptionIds(id: string) {
  return { hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** The aria attributes a custom control needs inside <FormField>. */
export function fieldAria(id: string, { error, hint }: { error?: string | null; hint?: ReactNode }) {
  const { hintId, errorId } = fieldDescriptionIds(id);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

export type FormFieldProps = {
  id: string;
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** Label, control, hint and error text. Give the control `id` and `{...fieldAria(id, ...)}`. */
export function FormField({ id, label, error, hint, children, className }: FormFieldProps) {
  const { hintId, errorId } = fieldDescriptionIds(id);
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
};

/** The common case: a labelled text input with its error shown beneath. */
export function TextField({ id, label, error, hint, className, ...inputProps }: TextFieldProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <input id={id} className={cn(inputClasses, className)} {...fieldAria(id, { error, hint })} {...inputProps} />
    </FormField>
  );
}
