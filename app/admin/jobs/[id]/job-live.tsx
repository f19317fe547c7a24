"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TGetJobResponse } from "@/app/api/jobs/[id]/route.types";
import type { TCancelJobResponse } from "@/app/api/jobs/[id]/cancel/route.types";
import { JobStatusBadge } from "../job-status-badge";
import { BlockerList } from "./blocker-list";
import { jobQueryKey } from "./job-query-key";
import { VariantComparison } from "./variant-comparison";
import { VariantProgressList } from "./variant-progress-list";

const TERMINAL = new Set<TGetJobResponse["status"]>(["completed", "failed", "cancelled"]);
const POLL_MS = 1_000;

/** One line under the status badge. The row's own stage is not used: it is per job, variants have their own. */
function summary(job: TGetJobResponse): string {
  if (TERMINAL.has(job.status)) return job.finishedAt ? `Finished ${job.finishedAt.slice(11, 19)} UTC` : "Finished";
  if (job.status === "queued") return "Waiting for a worker";
  const done = job.variants.filter((v) => v.status !== "pending" && v.status !== "running").length;
  return `${job.progress}% · ${done} of ${job.variants.length} variant${job.variants.length === 1 ? "" : "s"} finished`;
}

export interface JobLiveProps {
  initialJob: TGetJobResponse;
  canCancel: boolean;
  canPublish: boolean;
}

/** The job page's live part: polls GET /api/jobs/:id every second until the job is finished. */
export function JobLive({ initialJob, canCancel, canPublish }: JobLiveProps) {
  const queryClient = useQueryClient();
  const { data: job, error: pollError } = useQuery({
    queryKey: jobQueryKey(initialJob.id),
    queryFn: () => fetchJson<TGetJobResponse>(`/api/jobs/${initialJob.id}`),
    initialData: initialJob,
    refetchInterval: (query) => (query.state.data && TERMINAL.has(query.state.data.status) ? false : POLL_MS),
  });

  const cancel = useMutation({
    mutationFn: () => fetchJson<TCancelJobResponse>(`/api/jobs/${job.id}/cancel`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobQueryKey(job.id) }),
  });

  const finished = TERMINAL.has(job.status);
  const hasResults = job.variants.some((v) => v.timetableId !== null);

  return (
    <div className="space-y-6">
      {/* Announce status changes only: the percentages below change every second and would be read out each time. */}
      <p className="sr-only" aria-live="polite">
        Generation {job.status}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <JobStatusBadge status={job.status} />
        <span className="text-sm text-muted">
          {summary(job)}
        </span>
        {job.cancelRequested && !finished ? <span className="text-sm text-warning">Stopping…</span> : null}
        {canCancel && !finished && !job.cancelRequested ? (
          <Button variant="secondary" size="sm" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
            Cancel
          </Button>
        ) : null}
      </div>

      {job.status === "queued" && job.queueAvailable === false ? (
        <Alert tone="warning">The queue is unavailable; the job will start when it returns.</Alert>
      ) : null}
      {cancel.error ? <Alert tone="error" title="Could not cancel">{cancel.error.message}</Alert> : null}
      {pollError ? <Alert tone="warning">Live updates paused: {pollError.message}. Retrying…</Alert> : null}

      {job.status === "failed" ? (
        <Alert tone="error" title="The timetable could not be generated">
          <p>{job.error ?? "Every variant failed."}</p>
          {job.errorDetails ? <BlockerList blockers={job.errorDetails} /> : null}
        </Alert>
      ) : null}
      {job.status === "cancelled" ? <Alert tone="info">This generation was cancelled; nothing from the stopped runs was saved.</Alert> : null}

      <VariantProgressList variants={job.variants} />

      {finished && hasResults ? <VariantComparison jobId={job.id} variants={job.variants} comparedUnder={job.comparedUnder} canPublish={canPublish} /> : null}
    </div>
  );
}
