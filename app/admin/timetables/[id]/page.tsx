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
import { PublishWithConfirmation } from "@/components/timetable/publish-with-confirmation";
import { getPublicationContext } from "@/lib/server/timetables/get-publication-context";
import { getTimetableForReview } from "@/lib/server/timetables/get-timetable-for-review";
import { ChangesAgainstPublished, changeNotes } from "./changes-against-published";
import { PublicationHistory } from "./publication-history";
import { TimetableHealth } from "./timetable-health";
import { TimetableReview } from "./timetable-review";

export const metadata: Metadata = { title: "Review timetable" };

export default async function TimetableReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser({ permission: "timetable.viewAny" });
  const { id } = await params;
  const timetable = await getTimetableForReview({ id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canPublish = hasPermission(user.role, "timetable.publish");
  const publication = canPublish ? await getPublicationContext({ timetableId: timetable.id, termId: timetable.termId, status: timetable.status }) : null;

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
                        {timetable.status !== "published" && canPublish ? (
              <PublishWithConfirmation
                timetableId={timetable.id}
                timetableName={timetable.name}
                rollback={timetable.status === "archived"}
                disabled={timetable.hardViolations > 0}
                disabledReason={timetable.hardViolations > 0 ? "A timetable with hard violations cannot be published" : undefined}
              />
            ) : null}
          </>
        }
      />
      {publication?.check ? <TimetableHealth check={publication.check} name={timetable.name} /> : null}
      {publication?.diff && publication.published ? <ChangesAgainstPublished diff={publication.diff} publishedName={publication.published.name} /> : null}
      <TimetableReview
        days={timetable.days}
        periods={timetable.periods}
        entries={timetable.entries}
        batches={timetable.batches}
        faculty={timetable.faculty}
        rooms={timetable.rooms}
        changes={publication?.diff ? changeNotes(publication.diff) : undefined}
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
      {publication ? <PublicationHistory publications={publication.publications} /> : null}
    </>
  );
}
