import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { listTimetables } from "@/lib/server/timetables/list-timetables";

export const metadata: Metadata = { title: "Timetables" };

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const STATUS_LABEL = { PUBLISHED: "Published", DRAFT: "Draft", ARCHIVED: "Archived" } as const;

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
        <div className="overflow-x-auto rounded-lg border border-border bg-surface">
          <table className="w-full text-sm">
            <caption className="sr-only">Timetables</caption>
            <thead className="bg-subtle text-left">
              <tr>
                {["Name", "Status", "Term", "Score", "Hard violations", "Created (UTC)", "Job"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {timetables.map((t) => (
                <tr key={t.id} className="border-t border-border">
                  <td className="px-3 py-2">
                    <Link className="text-primary underline-offset-2 hover:underline" href={`/admin/timetables/${t.id}`}>
                      {t.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{STATUS_LABEL[t.status]}</td>
                  <td className="px-3 py-2">{t.termName}</td>
                  <td className="px-3 py-2 tabular-nums">{Math.round(t.score)}</td>
                  <td className="px-3 py-2 tabular-nums">{t.hardViolations}</td>
                  <td className="px-3 py-2">{dateTime.format(t.createdAt)}</td>
                  <td className="px-3 py-2">
                    {t.jobId ? (
                      <Link className="text-primary underline-offset-2 hover:underline" href={`/admin/jobs/${t.jobId}`}>
                        job
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
