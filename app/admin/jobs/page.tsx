import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ListTable, type ListColumn } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { TJobSummary } from "@/lib/domain/generation-job-view";
import { listGenerationJobs } from "@/lib/server/generation/list-generation-jobs";
import { formatDuration, JobStatusBadge } from "./job-status-badge";
import { RefreshWhileRunning } from "./refresh-while-running";

export const metadata: Metadata = { title: "Generation jobs" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const JOB_COLUMNS: ListColumn<TJobSummary>[] = [
  {
    header: "Status",
    cell: (job) => (
      <>
        <Link href={`/admin/jobs/${job.id}`} aria-label={`Job of ${dateTime.format(new Date(job.createdAt))}: ${job.status}`}>
          <JobStatusBadge status={job.status} />
        </Link>
        {job.status === "running" ? <span className="ml-2 text-muted">{job.progress}%</span> : null}
      </>
    ),
  },
  { header: "Term", cell: (job) => job.termName },
  {
    header: "Scope",
    cell: (job) => (job.departmentCount === 0 ? "Whole institution" : `${job.departmentCount} department${job.departmentCount === 1 ? "" : "s"}`),
  },
  { header: "Variants", cell: (job) => job.variantCount },
  { header: "Requested by", cell: (job) => job.requestedBy },
  { header: "Created (UTC)", cell: (job) => dateTime.format(new Date(job.createdAt)), className: "whitespace-nowrap" },
  { header: "Duration", cell: (job) => formatDuration(job.durationSeconds) },
  { header: "Best score", cell: (job) => job.bestScore ?? "—" },
];

export default async function JobsPage() {
  await requirePageUser({ permission: "jobs.view" });
  const { jobs, queue, queueMessage } = await listGenerationJobs();

  return (
    <>
      <RefreshWhileRunning active={jobs.some((job) => job.status === "queued" || job.status === "running")} />
      <PageHeader title="Generation jobs" description="Recent runs, newest first." actions={<ButtonLink href="/admin/generate">New generation</ButtonLink>} />

      <Card className="mb-6">
        <CardHeader title="Queue" description="Variant runs waiting for, or taken by, a worker." />
        <CardBody>
          {queue ? (
            <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-5">
              {(["waiting", "active", "delayed", "completed", "failed"] as const).map((key) => (
                <div key={key}>
                  <dt className="capitalize text-muted">{key}</dt>
                  <dd className="text-xl font-semibold">{queue[key]}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <Alert tone="warning">{queueMessage}</Alert>
          )}
        </CardBody>
      </Card>

      {jobs.length === 0 ? (
        <p className="text-muted">No generation jobs yet.</p>
      ) : (
        <ListTable caption="Recent generation jobs" columns={JOB_COLUMNS} rows={jobs} rowKey={(job) => job.id} />
      )}
    </>
  );
}
