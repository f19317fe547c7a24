"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TPublishTimetableResponse } from "@/app/api/timetables/[id]/publish/route.types";
import { editorQueryKey } from "./editor-queries";

/** The existing publish flow, from the editor: refused while hard violations remain. */
export function PublishDraftButton({ timetableId, hardViolations }: { timetableId: string; hardViolations: number }) {
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: () => fetchJson<TPublishTimetableResponse>(`/api/timetables/${timetableId}/publish`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: editorQueryKey(timetableId) }),
  });
  const blocked = hardViolations > 0;
  return (
    <div className="space-y-2">
      <Button
        onClick={() => publish.mutate()}
        disabled={publish.isPending || blocked}
        title={blocked ? "A timetable with hard violations cannot be published" : undefined}
      >
        Publish
      </Button>
      {blocked ? <p className="text-xs text-muted">Resolve the hard violations to publish.</p> : null}
      {publish.error ? <Alert tone="error" title="Could not publish">{publish.error.message}</Alert> : null}
    </div>
  );
}
