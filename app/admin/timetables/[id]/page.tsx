import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { softConstraintLabel } from "@/components/timetable/soft-constraint-labels";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/api/errors";
import { requirePageUser } from "@/lib/auth/session";
import { getTimetableForReview } from "@/lib/server/timetables/get-timetable-for-review";
import { TimetableReview } from "./timetable-review";

export const metadata: Metadata = { title: "Review timetable" };

export default async function TimetableReviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser({ permission: "timetable.viewAny" });
  const { id } = await params;
  const timetable = await getTimetableForReview({ id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const costs = Object.entries(timetable.breakdown).filter(([, cost]) => cost > 0);

  return (
    <>
      <PageHeader
        title={`${timetable.name} · ${timetable.termName}`}
        description={`Status: ${timetable.status}. Score ${timetable.score} (lower is better), ${timetable.hardViolations} hard violations.`}
        actions={timetable.jobId ? <Link href={`/admin/jobs/${timetable.jobId}`}>Back to the job</Link> : null}
      />
      <TimetableReview
        days={timetable.days}
        periods={timetable.periods}
        entries={timetable.entries}
        batches={timetable.batches}
        faculty={timetable.faculty}
        rooms={timetable.rooms}
      />
      <Card className="mt-6">
        <CardHeader
          title={`Soft violations (${timetable.violations.length})`}
          description={costs.length > 0 ? costs.map(([key, cost]) => `${softConstraintLabel(key)} ${cost}`).join(" · ") : "None: every preference is met."}
        />
        {timetable.violations.length > 0 ? (
          <CardBody>
            <ul className="divide-y divide-border text-sm">
              {timetable.violations.map((violation, i) => (
                <li key={i} className="flex gap-3 py-2">
                  <span className="w-40 shrink-0 text-muted">{softConstraintLabel(violation.constraint)}</span>
                  <span className="flex-1">{violation.message}</span>
                  <span className="shrink-0 tabular-nums text-muted">+{violation.cost}</span>
                </li>
              ))}
            </ul>
          </CardBody>
        ) : null}
      </Card>
    </>
  );
}
