"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { fieldAria, FormField, inputClasses } from "@/components/ui/form-field";
import { fetchJson } from "@/lib/api/fetch-json";
import { GENERATION_LIMITS } from "@/lib/domain/generation-config";
import type { TCreateJobRequest, TCreateJobResponse } from "@/app/api/jobs/route.types";
import type { TListTermsResponse } from "@/app/api/terms/route.types";

type Term = TListTermsResponse["terms"][number];
type Department = { id: string; code: string; name: string };

export interface GenerateFormProps {
  terms: Term[];
  departments: Department[];
}

const DEFAULT_SECONDS = 60;
const DEFAULT_VARIANTS = 3;
const { variants: VARIANTS, secondsPerVariant: SECONDS } = GENERATION_LIMITS;

export function GenerateForm({ terms, departments }: GenerateFormProps) {
  const router = useRouter();
  const [termId, setTermId] = useState(terms[0]?.id ?? "");
  const [scope, setScope] = useState<"all" | "departments">("all");
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [secondsPerVariant, setSecondsPerVariant] = useState(DEFAULT_SECONDS);
  const [variants, setVariants] = useState(DEFAULT_VARIANTS);
  const [scopeError, setScopeError] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: (body: TCreateJobRequest) => fetchJson<TCreateJobResponse>("/api/jobs", { method: "POST", body: JSON.stringify(body) }),
    onSuccess: ({ id }) => router.push(`/admin/jobs/${id}`),
  });

  function toggleDepartment(id: string, checked: boolean) {
    setDepartmentIds((current) => (checked ? [...current, id] : current.filter((d) => d !== id)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (scope === "departments" && departmentIds.length === 0) {
      setScopeError("Choose at least one department, or generate for the whole institution.");
      return;
    }
    setScopeError(null);
    create.mutate({ termId, departmentIds: scope === "all" ? [] : departmentIds, variants, secondsPerVariant });
  }

  const minutes = Math.ceil((secondsPerVariant * variants) / 60);

  return (
    <Card>
      <CardBody>
        <form onSubmit={submit} className="space-y-6" noValidate>
          <FormField id="term" label="Term">
            <select id="term" className={inputClasses} value={termId} onChange={(e) => setTermId(e.target.value)} required>
              {terms.map((term) => (
                <option key={term.id} value={term.id}>
                  {term.name} ({term.firstDay} to {term.lastDay})
                </option>
              ))}
            </select>
          </FormField>

          <fieldset className="space-y-2" aria-describedby={scopeError ? "scope-error" : undefined}>
            <legend className="text-sm font-medium">Scope</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="scope" value="all" checked={scope === "all"} onChange={() => setScope("all")} />
              Whole institution
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="scope" value="departments" checked={scope === "departments"} onChange={() => setScope("departments")} />
              Chosen departments
            </label>
            {scope === "departments" ? (
              <p className="ml-6 text-xs text-muted">
                Other departments keep their published classes: the new variants are built around them and include them.
              </p>
            ) : null}
            {scope === "departments" ? (
              <fieldset className="ml-6 grid gap-1 sm:grid-cols-2">
                <legend className="sr-only">Departments</legend>
                {departments.map((department) => (
                  <label key={department.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={departmentIds.includes(department.id)}
                      onChange={(e) => toggleDepartment(department.id, e.target.checked)}
                    />
                    {department.name} ({department.code})
                  </label>
                ))}
              </fieldset>
            ) : null}
            {scopeError ? (
              <p id="scope-error" className="text-sm text-danger">
                {scopeError}
              </p>
            ) : null}
          </fieldset>

          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="seconds" label="Time per variant (seconds)" hint={`${SECONDS.min} to ${SECONDS.max}. Longer runs usually find better timetables.`}>
              <input
                id="seconds"
                type="number"
                min={SECONDS.min}
                max={SECONDS.max}
                step={5}
                className={inputClasses}
                value={secondsPerVariant}
                onChange={(e) => setSecondsPerVariant(Number(e.target.value))}
                {...fieldAria("seconds", { hint: true })}
              />
            </FormField>
            <FormField id="variants" label="Number of variants" hint={`${VARIANTS.min} to ${VARIANTS.max}, each with different priorities, to compare side by side.`}>
              <input
                id="variants"
                type="number"
                min={VARIANTS.min}
                max={VARIANTS.max}
                className={inputClasses}
                value={variants}
                onChange={(e) => setVariants(Number(e.target.value))}
                {...fieldAria("variants", { hint: true })}
              />
            </FormField>
          </div>

          {create.error ? <Alert tone="error" title="Could not start the generation">{create.error.message}</Alert> : null}

          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={create.isPending || create.isSuccess}>
              Generate
            </Button>
            <p className="text-sm text-muted">
              At most about {minutes} minute{minutes === 1 ? "" : "s"} of solving; variants run in parallel when several workers are up.
            </p>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
