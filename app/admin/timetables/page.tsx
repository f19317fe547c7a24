import type { Metadata } from "next";
import Link from "next/link";
import { ListTable, type ListColumn } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { listTimetables, type TimetableListRow } from "@/lib/server/timetables/list-timetables";

export const metadata: Metadata = { title: "Timetables" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const STATUS_LABEL = { PUBLISHED: "Published", DRAFT: "Draft", ARCHIVED: "Archived" } as const;
const linkClasses = "text-primary underline-offset-2 hover:underline";

const TIMETABLE_COLUMNS: ListColumn<TimetableListRow>[] = [
  {
    header: "Name",
    cell: (t) => (
      <Link className={linkClasses} href={`/admin/timetables/${t.id}`}>
        {t.name}
      </Link>
    ),
  },
  { header: "Status", cell: (t) => STATUS_LABEL[t.status] },
  { header: "Term", cell: (t) => t.termName },
  { header: "Score", cell: (t) => Math.round(t.score), className: "tabular-nums" },
  { header: "Hard violations", cell: (t) => t.hardViolations, className: "tabular-nums" },
  { header: "Created (UTC)", cell: (t) => dateTime.format(t.createdAt) },
  {
    header: "Job",
    cell: (t) =>
      t.jobId ? (
        <Link className={linkClasses} href={`/admin/jobs/${t.jobId}`}>
          job
        </Link>
      ) : (
        "—"
      ),
  },
];

/** The registrar's overview of generated timetables: the published one first, then drafts and archives. */
export default async function TimetablesPage() {
  await requirePageUser({ permission: "timetable.viewAny" });
  const timetables = await listTimetables();

  return (
    <>
      <PageHeader
        title="Timetables"
        description="Every generated variant. Publish a draft from its job page; the role views read only the published one."
        actions={<ButtonLink href="/admin/generate">New generation</ButtonLink>}
      />
      {timetables.length === 0 ? (
        <p className="text-muted">No timetables yet. Generate one to start.</p>
      ) : (
        <ListTable caption="Timetables" columns={TIMETABLE_COLUMNS} rows={timetables} rowKey={(t) => t.id} />
      )}
    </>
  );
}
