"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/form-field";
import { fetchJson } from "@/lib/api/fetch-json";

export function CttImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => fetchJson<{ termId: string }>("/api/terms/import-ctt", { method: "POST", body: f, headers: { "Content-Type": "text/plain" } }),
  });
  return (
    <div className="space-y-4">
      <div className="max-w-md space-y-1">
        <label htmlFor="ctt-file" className="block text-sm font-medium">
          ITC-2007 .ctt file
        </label>
        <input
          id="ctt-file"
          type="file"
          accept=".ctt,text/plain"
          className={inputClasses}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            upload.reset();
          }}
        />
      </div>
      <Button disabled={!file || upload.isPending} onClick={() => file && upload.mutate(file)}>
        {upload.isPending ? "Importing…" : "Import"}
      </Button>
      {upload.error ? <Alert tone="error">{upload.error.message}</Alert> : null}
      {upload.data ? (
        <Alert tone="success" title="Imported">
          The instance is now a term. <Link href={`/admin/data?termId=${upload.data.termId}`}>Check its data</Link> or{" "}
          <Link href="/admin/generate">generate a timetable</Link>.
        </Alert>
      ) : null}
    </div>
  );
}
