import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listTermsForData } from "@/lib/server/data/list-terms-for-data";
import { isoDayName } from "@/lib/domain/day-names";
import { deleteTermAction } from "./actions";

export const metadata: Metadata = { title: "Terms" };

export default async function TermsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const { q } = await searchParams;
  const terms = await listTermsForData({ q });
  return (
    <>
      <PageHeader title="Terms" description="Each term's dates, working days and periods: the weekly grid timetables are built on." />
      <DataTable
        basePath="/admin/data/terms"
        noun="term"
        pluralNoun="terms"
        q={q}
        columns={[
          { key: "name", label: "Name" },
          { key: "year", label: "Year / semester" },
          { key: "days", label: "Working days" },
          { key: "periods", label: "Periods a day" },
          { key: "profile", label: "Weight profile" },
          { key: "offerings", label: "Offerings" },
        ]}
        rows={terms.map((t) => ({
          id: t.id,
          editHref: `/admin/data/terms/${t.id}`,
          cells: {
            name: t.name,
            year: `${t.academicYear} ${t.semester}`,
            days: t.workingDays.map(isoDayName).join(" "),
            periods: t._count.periods,
            profile: t.weightProfile?.name ?? "—",
            offerings: t._count.offerings,
          },
          actions: <DeleteButton label={`term ${t.name}`} action={deleteTermAction.bind(null, t.id)} />,
        }))}
      />
    </>
  );
}
