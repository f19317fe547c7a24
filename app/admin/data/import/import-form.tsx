"use client";

/**
 * Pick an entity and a file, "Preview" (nothing is written; every problem is listed with its row
 * and column), then "Import", which is enabled only for a file without problems. Changing the file
 * or the entity discards the preview, so what is imported is always what was previewed.
 */
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TCsvError, TImportCommitResponse, TImportPreviewResponse } from "@/app/api/import/[entity]/route.types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/form-field";
import { ApiRequestError, fetchJson } from "@/lib/api/fetch-json";
import { CsvErrorTable } from "./csv-error-table";
import { CsvPreviewTable } from "./csv-preview-table";

export interface ImportEntityOption {
  value: string;
  label: string;
  columns: { name: string; required: boolean }[];
}

function upload<T>(entity: string, mode: "preview" | "commit", file: File): Promise<T> {
  return fetchJson<T>(`/api/import/${entity}?mode=${mode}`, { method: "POST", body: file, headers: { "Content-Type": "text/csv" } });
}

/** A 422's details are the file's problems; any other failure is one message. */
function problemsOf(error: unknown): TCsvError[] {
  if (error instanceof ApiRequestError && Array.isArray(error.details)) return error.details as TCsvError[];
  return [{ row: 0, column: "", message: error instanceof Error ? error.message : "The request failed" }];
}

export function ImportForm({ entities }: { entities: ImportEntityOption[] }) {
  const router = useRouter();
  const [entity, setEntity] = useState(entities[0]?.value ?? "");
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (f: File) => upload<TImportPreviewResponse>(entity, "preview", f) });
  const commit = useMutation({ mutationFn: (f: File) => upload<TImportCommitResponse>(entity, "commit", f), onSuccess: () => router.refresh() });
  const selected = entities.find((e) => e.value === entity);

  const reset = () => {
    preview.reset();
    commit.reset();
  };
  const errors = preview.error ? problemsOf(preview.error) : commit.error ? problemsOf(commit.error) : (preview.data?.errors ?? []);
  const canImport = !!file && !!preview.data && preview.data.errors.length === 0 && preview.data.rows.length > 0 && !commit.isPending && !commit.isSuccess;

  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="import-entity" className="block text-sm font-medium">
            What to import
          </label>
          <select
            id="import-entity"
            className={inputClasses}
            value={entity}
            onChange={(e) => {
              setEntity(e.target.value);
              reset();
            }}
          >
            {entities.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
          {selected ? (
            <p className="text-xs text-muted">
              Columns: {selected.columns.map((c) => (c.required ? c.name : `${c.name} (optional)`)).join(", ")}.{" "}
              <a href={`/api/import/${entity}/template.csv`} download>
                Download the {selected.label.toLowerCase()} template
              </a>
            </p>
          ) : null}
        </div>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium">
            CSV file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            className={inputClasses}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </div>
      </div>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={!file || preview.isPending} onClick={() => file && preview.mutate(file)}>
          {preview.isPending ? "Checking…" : "Preview"}
        </Button>
        <Button disabled={!canImport} onClick={() => file && commit.mutate(file)}>
          {commit.isPending ? "Importing…" : "Import"}
        </Button>
      </div>

      {commit.data ? (
        <Alert tone="success">
          Imported: {commit.data.created} created, {commit.data.updated} updated.
        </Alert>
      ) : null}
      {preview.data && errors.length === 0 && !commit.data ? (
        <Alert tone="info">
          {preview.data.rows.length} rows ready to import; no problems found.
          {preview.data.changes ? ` Importing will create ${preview.data.changes.created} and update ${preview.data.changes.updated}.` : null}
        </Alert>
      ) : null}
      {errors.length > 0 ? <CsvErrorTable errors={errors} /> : null}
      {preview.data && preview.data.rows.length > 0 ? <CsvPreviewTable rows={preview.data.rows} /> : null}
    </div>
  );
}
