import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { listFixedSlots } from "@/lib/server/data/list-fixed-slots";
import { parsePageParam } from "@/lib/server/data/paging";
import { isoDayName } from "@/lib/domain/day-names";
import { deleteFixedSlotAction } from "./actions";

export const metadata: Metadata = { title: "Fixed slots" };

export default async function FixedSlotsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const [{ q, page }, { term }] = await Promise.all([searchParams, getCurrentTerm()]);
  const pageRequest = parsePageParam(page);
  const { rows: pins, ...paging } = await listFixedSlots({ q, page: pageRequest.page, termId: term?.id });
  return (
    <>
      <PageHeader title="Fixed slots" description="Meetings pinned to a day and period (and optionally a room); the generator never moves them." />
      <DataTable
        basePath="/admin/data/fixed-slots"
        noun="fixed slot"
        pluralNoun="fixed slots"
        q={q}
        paging={paging}
        pageProblem={pageRequest.problem}
        columns={[
          { key: "offering", label: "Offering" },
          { key: "term", label: "Term" },
          { key: "when", label: "When" },
          { key: "meeting", label: "Meeting" },
          { key: "room", label: "Room" },
        ]}
        rows={pins.map((p) => {
          const start = p.term.periods.find((x) => x.index === p.period)?.startTime ?? `period ${p.period + 1}`;
          return {
            id: p.id,
            editHref: `/admin/data/fixed-slots/${p.id}`,
            cells: {
              offering: `${p.offering.subject.code} ${p.offering.subject.name}`,
              term: p.term.name,
              when: `${isoDayName(p.day)} ${start}`,
              meeting: p.meetingIndex === null ? "next" : p.meetingIndex + 1,
              room: p.room?.code ?? "any",
            },
            actions: <DeleteButton label={`fixed slot of ${p.offering.subject.code} on ${isoDayName(p.day)} ${start}`} action={deleteFixedSlotAction.bind(null, p.id)} />,
          };
        })}
      />
    </>
  );
}
