"use client";

/**
 * A term's non-teaching days on its page: the list (each with Delete) and a form adding one day or a
 * range with its label. Checked with the same zod schema as the server action.
 */
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { ZNonTeachingDayInputSchema } from "@/lib/validation/non-teaching-day";
import { DeleteButton } from "./delete-button";

export interface NonTeachingDayRow {
  id: string;
  firstDay: string;
  lastDay: string;
  label: string;
}

export interface NonTeachingDaysEditorProps {
  termId: string;
  termFirstDay: string;
  termLastDay: string;
  days: NonTeachingDayRow[];
  saveAction: (input: unknown) => Promise<ActionResult>;
  deleteAction: (id: string) => Promise<ActionResult>;
}

const EMPTY = { firstDay: "", lastDay: "", label: "" };

function describe(day: NonTeachingDayRow): string {
  return day.firstDay === day.lastDay ? day.firstDay : `${day.firstDay} to ${day.lastDay}`;
}

export function NonTeachingDaysEditor({ termId, termFirstDay, termLastDay, days, saveAction, deleteAction }: NonTeachingDaysEditorProps) {
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...values, termId };
    const checked = ZNonTeachingDayInputSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      return;
    }
    startTransition(async () => {
      const result = await saveAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(Object.keys(result.fieldErrors).length > 0 ? null : result.error);
        return;
      }
      setErrors({});
      setFormError(null);
      setValues(EMPTY);
      router.refresh();
    });
  }

  const field = (name: keyof typeof EMPTY) => ({
    id: `ntd-${name}`,
    value: values[name],
    error: errors[name],
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  return (
    <div className="space-y-4">
      {days.length === 0 ? (
        <p className="text-muted">No non-teaching days yet: classes run on every working day from {termFirstDay} to {termLastDay}.</p>
      ) : (
        <ul aria-label="Non-teaching days" className="divide-y divide-border rounded-md border border-border">
          {days.map((day) => (
            <li key={day.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <span>
                <span className="font-medium">{day.label}</span> <span className="text-muted">{describe(day)}</span>
              </span>
              <DeleteButton label={`non-teaching day ${day.label} (${describe(day)})`} action={deleteAction.bind(null, day.id)} />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate aria-label="Add a non-teaching day" className="grid gap-3 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-end">
        <TextField label="First day" type="date" min={termFirstDay} max={termLastDay} {...field("firstDay")} />
        <TextField label="Last day" type="date" min={termFirstDay} max={termLastDay} hint="Empty for a single day" {...field("lastDay")} />
        <TextField label="Label" placeholder="Diwali, Mid-term exams" {...field("label")} />
        <Button type="submit" disabled={pending}>
          Add
        </Button>
      </form>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </div>
  );
}
