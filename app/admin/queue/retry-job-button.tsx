"use client";

/** Retries one failed queue job through POST /api/admin/queue/:queue/:jobId/retry, then re-renders the page. */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

export function RetryJobButton({ queue, jobId }: { queue: string; jobId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onClick() {
    startTransition(async () => {
      const response = await fetch(`/api/admin/queue/${encodeURIComponent(queue)}/${encodeURIComponent(jobId)}/retry`, { method: "POST" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? `Retry failed (${response.status})`);
        return;
      }
      setError(null);
      router.refresh();
    });
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button variant="secondary" size="sm" onClick={onClick} disabled={pending} aria-label={`Retry job ${jobId}`}>
        Retry
      </Button>
      {error ? (
        <span role="alert" className="max-w-xs text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
