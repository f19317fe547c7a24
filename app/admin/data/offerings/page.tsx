import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listOfferings } from "@/lib/server/data/list-offerings";
import { parsePageParam } from "@/lib/server/data/paging";
import { deleteOfferingAction } from "./actions";

export const metadata: Metadata = { title: "Offerings" };

export default async function OfferingsPage({ searchParams }: { searchParams: Promise<{ q?: string; termId?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, termId: requestedTermId, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const termId = requestedTermId ?? term?.id;
  const pageRequest = parsePageParam(page);
  const { rows: offerings, ...paging } = await listOfferings({ q, termId, page: pageRequest.page });
  return (
    <>
      <PageHeader title="Offerings" description="Who teaches which subject to which batches in a term, and how often." />
      <DataTable
        basePath="/admin/data/offerings"
        noun="offering"
        pluralNoun="offerings"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        filters={{ termId }}
        columns={[
          { key: "subject", label: "Subject" },
          { key: "term", label: "Term" },
          { key: "faculty", label: "Faculty" },
          { key: "batches", label: "Batches" },
          { key: "meetings", label: "Meetings × length" },
          { key: "minDays", label: "Min days" },
        ]}
        rows={offerings.map((o) => ({
          id: o.id,
          editHref: `/admin/data/offerings/${o.id}`,
          cells: {
            subject: `${o.subject.code} ${o.subject.name}`,
            term: o.term.name,
            faculty: o.facultyName ?? "Unassigned",
            batches: o.batchCodes.join(", ") || "—",
            meetings: `${o.meetingsPerWeek} × ${o.meetingLength}`,
            minDays: o.minDays,
          },
          actions: <DeleteButton label={`offering ${o.subject.code} (${o.term.name})`} action={deleteOfferingAction.bind(null, o.id)} />,
        }))}
      />
    </>
  );
}
