import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { getTermStatus } from "@/lib/server/terms/get-term-status";

type TermStatus = Awaited<ReturnType<typeof getTermStatus>>;

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The registrar's home: what is published, what is running and whether the data can be solved. */
export function TermStatusCard({ termName, status }: { termName: string; status: TermStatus }) {
  const { published, jobs, check } = status;
  return (
    <Card className="mb-6">
      <CardHeader title={termName} description="The term being worked on (switch terms on the Data pages)." />
      <CardBody className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="status-published">
          <h3 id="status-published" className="text-sm font-semibold">
            Published timetable
          </h3>
          {published ? (
            <p className="mt-1 text-sm">
              <Link href={`/admin/timetables/${published.id}`}>{published.name}</Link>
              <span className="block text-muted">
                {published.publishedAt ? `since ${when.format(published.publishedAt)} UTC` : null} · score {Math.round(published.score)} ·{" "}
                {published.hardViolations === 0 ? "no hard violations" : `${published.hardViolations} hard violations`} · {published._count.entries} meetings
              </span>
            </p>
          ) : (
            <p className="mt-1 text-sm text-muted">
              Nothing published yet. <Link href="/admin/generate">Generate timetables</Link>, then publish one.
            </p>
          )}
        </section>
        <section aria-labelledby="status-jobs">
          <h3 id="status-jobs" className="text-sm font-semibold">
            Recent generation jobs
          </h3>
          {jobs.length === 0 ? (
            <p className="mt-1 text-sm text-muted">None yet.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {jobs.map((job) => (
                <li key={job.id}>
                  <Link href={`/admin/jobs/${job.id}`}>{when.format(job.createdAt)}</Link>{" "}
                  <span className="text-muted">
                    · {job.status.toLowerCase()}
                    {job.status === "RUNNING" || job.status === "QUEUED" ? ` ${job.progress}%` : ""} · {job._count.variants} variant{job._count.variants === 1 ? "" : "s"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="status-check">
          <h3 id="status-check" className="text-sm font-semibold">
            Pre-flight check
          </h3>
          <p className="mt-1 text-sm">
            {check.blockers.length === 0
              ? `No blockers: ${check.offeringCount} offerings can be scheduled as far as counting can tell.`
              : `${check.blockers.length} blocker${check.blockers.length === 1 ? "" : "s"} to fix first.`}{" "}
            <Link href="/admin/data">Details</Link>
          </p>
        </section>
      </CardBody>
    </Card>
  );
}
