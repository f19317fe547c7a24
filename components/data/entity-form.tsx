"use client";

/**
 * The create/edit form of every data entity: renders the fields, validates with the entity's zod
 * schema before sending (errors shown under each field), then calls the server action, which parses
 * again with the same schema and may add its own field errors (a code already in use).
 */
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldAria, FormField, inputClasses } from "@/components/ui/form-field";
import { TypeAheadMultiSelect, TypeAheadSelect } from "@/components/ui/type-ahead";
import type { ActionResult } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { ENTITY_SCHEMAS, type EntityKey } from "./entity-schemas";
import type { FieldDef, FormValue, FormValues } from "./field-def";

export interface EntityFormProps {
  entity: EntityKey;
  fields: FieldDef[];
  initialValues: FormValues;
  /** Present when editing. */
  recordId?: string;
  action: (input: unknown) => Promise<ActionResult>;
  /** Where a newly created record's edit page lives: `${editBase}/${id}`. */
  editBase: string;
  initiallySaved?: boolean;
}

export function EntityForm({ entity, fields, initialValues, recordId, action, editBase, initiallySaved = false }: EntityFormProps) {
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(initiallySaved);
  const [pending, startTransition] = useTransition();

  const set = (name: string, value: FormValue) => {
    setValues((v) => ({ ...v, [name]: value }));
    setSaved(false);
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...values, id: recordId ?? "" };
    const checked = ENTITY_SCHEMAS[entity].safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      setFormError("Please correct the highlighted fields.");
      return;
    }
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        // A field-level problem is shown beside its field; the banner only points there.
        setFormError(Object.keys(result.fieldErrors).length > 0 ? "Please correct the highlighted fields." : result.error);
        return;
      }
      setErrors({});
      setFormError(null);
      if (!recordId) {
        router.push(`${editBase}/${result.data.id}?saved=1`);
      } else {
        setSaved(true);
        router.refresh();
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Saved</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <Field key={field.name} field={field} value={values[field.name]} error={errors[field.name]} onChange={(v) => set(field.name, v)} />
        ))}
      </div>
      {errors._form ? <Alert tone="error">{errors._form}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}

// Longer lists than this are picked by typing (a select of 177 faculty is a long scroll).
const TYPE_AHEAD_FROM = 15;

function Field({ field, value, error, onChange }: { field: FieldDef; value: FormValue | undefined; error?: string; onChange: (v: FormValue) => void }) {
  const id = `field-${field.name}`;
  const aria = fieldAria(id, { error, hint: field.hint });
  if (field.kind === "checkbox") {
    return (
      <div className="flex items-center gap-2 self-end">
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...aria} />
        <label htmlFor={id} className="text-sm font-medium">
          {field.label}
        </label>
        {error ? <p className="text-sm text-danger">{error}</p> : null}
      </div>
    );
  }
  let control;
  const long = (field.options?.length ?? 0) > TYPE_AHEAD_FROM;
  if (field.kind === "select" && long) {
    control = <TypeAheadSelect id={id} options={field.options ?? []} value={String(value ?? "")} onChange={onChange} emptyOption={field.emptyOption} {...aria} />;
  } else if (field.kind === "multiselect" && long) {
    control = <TypeAheadMultiSelect id={id} options={field.options ?? []} value={Array.isArray(value) ? value : []} onChange={onChange} {...aria} />;
  } else if (field.kind === "select") {
    control = (
      <select id={id} className={inputClasses} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} {...aria}>
        {field.emptyOption !== undefined ? <option value="">{field.emptyOption}</option> : null}
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === "multiselect") {
    const selected = Array.isArray(value) ? value : [];
    control = (
      <select
        id={id}
        multiple
        size={Math.min(8, Math.max(3, field.options?.length ?? 3))}
        className={inputClasses}
        value={selected}
        onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value))}
        {...aria}
      >
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === "textarea") {
    control = (
      <textarea id={id} rows={8} className={inputClasses} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} {...aria} />
    );
  } else {
    control = (
      <input
        id={id}
        type={field.kind === "number" ? "number" : field.kind}
        inputMode={field.kind === "number" ? "numeric" : undefined}
        className={inputClasses}
        value={String(value ?? "")}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      />
    );
  }
  return (
    <FormField id={id} label={field.label} error={error} hint={field.hint}>
      {control}
    </FormField>
  );
}
