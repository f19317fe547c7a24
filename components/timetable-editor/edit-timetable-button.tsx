"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/fetch-json";
import { ZCreateDraftResponseSchema } from "@/lib/domain/timetable-editor";

/**
 * "Edit": a draft opens in the editor as it is; a published timetable is first copied into a new
 * draft (the published one stays as it is until that draft is published).
 */
export function EditTimetableButton({ timetableId, label = "Edit" }: { timetableId: string; label?: string }) {
  const router = useRouter();
  const createDraft = useMutation({
    mutationFn: async () =>
      ZCreateDraftResponseSchema.parse(await fetchJson<unknown>(`/api/timetables/${timetableId}/drafts`, { method: "POST" })),
    onSuccess: ({ timetableId: draftId }) => router.push(`/admin/timetables/${draftId}/edit`),
  });
  return (
    <div className="space-y-2">
      <Button onClick={() => createDraft.mutate()} disabled={createDraft.isPending || createDraft.isSuccess}>
        {createDraft.isPending ? "Opening…" : label}
      </Button>
      {createDraft.error ? <Alert tone="error" title="Could not open the editor">{createDraft.error.message}</Alert> : null}
    </div>
  );
}
