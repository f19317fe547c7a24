"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TPublicationPreview } from "@/lib/domain/timetable-changes";
import type { TPublishTimetableResponse } from "@/app/api/timetables/[id]/publish/route.types";

export interface PublishWithConfirmationProps {
  timetableId: string;
  timetableName: string;
  /** An archived timetable is published again: a roll back. */
  rollback?: boolean;
  disabled?: boolean;
  disabledReason?: string;
  onPublished?: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Publish (or roll back to) a timetable, after a confirmation that shows what changes for whom:
 * the diff against the term's currently published timetable, the scores before and after, and a
 * warning when the new one scores worse. Nothing is published until the registrar confirms.
 */
export function PublishWithConfirmation({ timetableId, timetableName, rollback, disabled, disabledReason, onPublished }: PublishWithConfirmationProps) {
  const router = useRouter();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const preview = useQuery({
    queryKey: ["publication-preview", timetableId],
    queryFn: () => fetchJson<TPublicationPreview>(`/api/timetables/${timetableId}/publish`),
    enabled: open,
    staleTime: 0,
  });
  const publish = useMutation({
    mutationFn: () => fetchJson<TPublishTimetableResponse>(`/api/timetables/${timetableId}/publish`, { method: "POST" }),
    onSuccess: () => {
      setOpen(false);
      onPublished?.();
      router.refresh();
    },
  });
  const verb = rollback ? "Roll back to" : "Publish";

  if (publish.data) return <Alert tone="success">{rollback ? "Rolled back. " : ""}Published.</Alert>;
  if (!open) {
    return (
      <Button size="sm" aria-label={`${verb} ${timetableName}`} title={disabledReason} disabled={disabled} onClick={() => setOpen(true)}>
        {rollback ? "Roll back to this" : "Publish"}
      </Button>
    );
  }

  const data = preview.data;
  const diff = data?.diff ?? null;
  const worse = diff !== null && diff.scoreAfter > diff.scoreBefore;
  return (
    <section role="dialog" aria-labelledby={titleId} className="space-y-3 rounded-md border border-border bg-surface p-4 text-sm shadow-sm">
      <h3 id={titleId} className="text-base font-semibold">
        {verb} “{timetableName}”?
      </h3>
      {preview.isPending ? <p className="text-muted">Working out what changes…</p> : null}
      {preview.error ? <Alert tone="error" title="Could not work out what changes">{preview.error.message}</Alert> : null}
      {data && !data.published ? <p>No timetable of this term is published yet: everyone will see this one.</p> : null}
      {data && diff ? (
        <>
          <p>
            It replaces “{data.published!.name}” for everyone. {plural(diff.moved.length, "meeting")} move, {plural(diff.roomChanged.length, "meeting")} change room
            {diff.added.length > 0 ? `, ${plural(diff.added.length, "meeting")} added` : ""}
            {diff.removed.length > 0 ? `, ${plural(diff.removed.length, "meeting")} removed` : ""}.
          </p>
          <p>
            <strong>{plural(diff.studentsAffected, "student")}</strong> and <strong>{plural(diff.facultyAffected, "faculty member", "faculty members")}</strong> will see their week change.
          </p>
          <p>
            Score {Math.round(diff.scoreBefore)} now, {Math.round(diff.scoreAfter)} after (lower is better).
          </p>
          {worse ? (
            <Alert tone="warning" title="The new timetable scores worse">
              It bends the preferences more than the published one ({Math.round(diff.scoreAfter)} against {Math.round(diff.scoreBefore)}).
            </Alert>
          ) : null}
        </>
      ) : null}
      {publish.error ? <Alert tone="error" title="Could not publish">{publish.error.message}</Alert> : null}
      <div className="flex gap-2">
        <Button size="sm" disabled={!data || publish.isPending} onClick={() => publish.mutate()}>
          {rollback ? "Confirm roll back" : "Confirm publishing"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
