import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listGenerationJobs } from "@/lib/server/generation/list-generation-jobs";
import { formatDuration, JobStatusBadge } from "./job-status-badge";
import { RefreshWhileRunning } from "./refresh-while-running";

export const metadata: Metadata = { title: "Generation jobs" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-sm">
            <caption className="sr-only">Recent generation jobs</caption>
            <thead className="bg-subtle text-left">
              <tr>
                {["Status", "Term", "Scope", "Variants", "Requested by", "Created (UTC)", "Duration", "Best score"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} className="border-t border-border">
                  <td className="px-3 py-2">
                    <Link href={`/admin/jobs/${job.id}`} aria-label={`Job of ${dateTime.format(new Date(job.createdAt))}: ${job.status}`}>
                      <JobStatusBadge status={job.status} />
                    </Link>
                    {job.status === "running" ? <span className="ml-2 text-muted">{job.progress}%</span> : null}
                  </td>
                  <td className="px-3 py-2">{job.termName}</td>
                  <td className="px-3 py-2">{job.departmentCount === 0 ? "Whole institution" : `${job.departmentCount} department${job.departmentCount === 1 ? "" : "s"}`}</td>
                  <td className="px-3 py-2">{job.variantCount}</td>
                  <td className="px-3 py-2">{job.requestedBy}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{dateTime.format(new Date(job.createdAt))}</td>
                  <td className="px-3 py-2">{formatDuration(job.durationSeconds)}</td>
                  <td className="px-3 py-2">{job.bestScore ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
