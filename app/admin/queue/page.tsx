import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ListTable, type ListColumn } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getQueueOverview } from "@/lib/server/queue-admin/get-queue-overview";
import { QUEUE_STATES, type QueueJob } from "@/lib/server/queue-admin/queue-overview.types";
import { RefreshWhileRunning } from "../jobs/refresh-while-running";
import { RetryJobButton } from "./retry-job-button";

export const metadata: Metadata = { title: "Queue" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

const COLUMNS: ListColumn<QueueJob>[] = [
  { header: "State", cell: (job) => <span className="capitalize">{job.state}</span> },
  { header: "Queue", cell: (job) => job.queue },
  { header: "Job", cell: (job) => <code className="text-xs">{job.id}</code> },
  {
    header: "Generation",
    cell: (job) =>
      job.generationJobId ? (
        <Link href={`/admin/jobs/${job.generationJobId}`} className="underline">
          {job.variantIndex === null ? "finalize" : `variant ${job.variantIndex + 1}`}
        </Link>
      ) : (
        "—"
      ),
  },
  { header: "Attempts", cell: (job) => job.attemptsMade, className: "tabular-nums" },
  { header: "Created (UTC)", cell: (job) => dateTime.format(new Date(job.createdAt)), className: "whitespace-nowrap" },
  {
    header: "Error",
    cell: (job) => (job.error ? <pre className="max-w-md whitespace-pre-wrap text-xs text-danger">{job.error}</pre> : "—"),
  },
  { header: "", cell: (job) => (job.state === "failed" ? <RetryJobButton queue={job.queue} jobId={job.id} /> : null) },
];

export default async function QueuePage() {
  await requirePageUser({ permission: "queue.manage" });
  const overview = await getQueueOverview();

  return (
    <>
      <RefreshWhileRunning active={overview.jobs.some((job) => job.state !== "failed")} />
      <PageHeader
        title="Queue"
        description="The background queue's jobs: a solve job per variant, a finalize job per generation. Retry runs a failed job again; a variant whose generation has already ended is skipped."
      />
      {!overview.available ? (
        <Alert tone="warning" title="Queue degraded">
          {overview.message}
        </Alert>
      ) : (
        <>
          {Object.entries(overview.counts).map(([queue, counts]) => (
            <Card key={queue} className="mb-4">
              <CardHeader title={queue} />
              <CardBody>
                <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
                  {QUEUE_STATES.map((state) => (
                    <div key={state}>
                      <dt className="capitalize text-muted">{state}</dt>
                      <dd className="text-xl font-semibold">{counts[state]}</dd>
                    </div>
                  ))}
                </dl>
              </CardBody>
            </Card>
          ))}
          {overview.jobs.length === 0 ? (
            <p className="text-muted">No waiting, active, delayed or failed jobs.</p>
          ) : (
            <ListTable caption="Queue jobs" columns={COLUMNS} rows={overview.jobs} rowKey={(job) => `${job.queue}/${job.id}`} />
          )}
        </>
      )}
    </>
  );
}
