import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditTimetableButton } from "@/components/timetable-editor/edit-timetable-button";
import { SoftViolationGroups } from "@/components/timetable/soft-violation-groups";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/domain/app-error";
import { requirePageUser } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/roles";
import { getTimetableForReview } from "@/lib/server/timetables/get-timetable-for-review";
import { TimetableReview } from "./timetable-review";

export const metadata: Metadata = { title: "Review timetable" };

export default async function TimetableReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser({ permission: "timetable.viewAny" });
  const { id } = await params;
  const timetable = await getTimetableForReview({ id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <>
      <PageHeader
        title={`${timetable.name} · ${timetable.termName}`}
        description={`Status: ${timetable.status}. Score ${timetable.score} (lower is better), ${timetable.hardViolations} hard violations.`}
        actions={
          <>
            {timetable.jobId ? <Link href={`/admin/jobs/${timetable.jobId}`}>Back to the job</Link> : null}
            {/* Drafts open as they are; a published timetable is edited through a new draft. */}
            {timetable.status !== "archived" && hasPermission(user.role, "timetable.edit") ? <EditTimetableButton timetableId={timetable.id} /> : null}
          </>
        }
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
          description={
            timetable.violations.length > 0
              ? "What this timetable bends, grouped by preference, costliest first; open a group to see each one."
              : "None: every preference is met."
          }
        />
        {timetable.violations.length > 0 ? (
          <CardBody>
            <SoftViolationGroups violations={timetable.violations} />
          </CardBody>
        ) : null}
      </Card>
    </>
  );
}
