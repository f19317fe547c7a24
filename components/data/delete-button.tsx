"use client";

/** Deletes one record after a confirmation; a refusal (data still using it) is shown beside the button. */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/validation/action-result";

export interface DeleteButtonProps {
  /** What is deleted, for the accessible name and the confirmation: "room LH-101". */
  label: string;
  action: () => Promise<ActionResult>;
  /** Where to go after deleting from an edit page; omitted in a list, which just refreshes. */
  afterDeleteHref?: string;
}

export function DeleteButton({ label, action, afterDeleteHref }: DeleteButtonProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onClick() {
    if (!window.confirm(`Delete ${label}?`)) return;
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      if (afterDeleteHref) router.push(afterDeleteHref);
      else router.refresh();
    });
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button variant="danger" size="sm" onClick={onClick} disabled={pending} aria-label={`Delete ${label}`}>
        Delete
      </Button>
      {error ? (
        <span role="alert" className="max-w-xs text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
