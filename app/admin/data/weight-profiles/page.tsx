import type { Metadata } from "next";
import { DataTable } from "@/components/data/data-table";
import { DeleteButton } from "@/components/data/delete-button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listWeightProfiles } from "@/lib/server/data/list-weight-profiles";
import { deleteWeightProfileAction } from "./actions";

export const metadata: Metadata = { title: "Weight profiles" };

export default async function WeightProfilesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePageUser({ permission: "data.manage" });
  const { q } = await searchParams;
  const profiles = await listWeightProfiles({ q });
  return (
    <>
      <PageHeader title="Weight profiles" description="How much each preference counts when generating. Built-in profiles are read-only." />
      <DataTable
        basePath="/admin/data/weight-profiles"
        noun="weight profile"
        pluralNoun="weight profiles"
        q={q}
        columns={[
          { key: "name", label: "Name" },
          { key: "description", label: "Description" },
          { key: "kind", label: "Kind" },
          { key: "terms", label: "Terms using it" },
        ]}
        rows={profiles.map((p) => ({
          id: p.id,
          editHref: `/admin/data/weight-profiles/${p.id}`,
          cells: { name: p.name, description: p.description, kind: p.isBuiltIn ? "Built in" : "Custom", terms: p._count.terms },
          actions: p.isBuiltIn ? null : <DeleteButton label={`weight profile ${p.name}`} action={deleteWeightProfileAction.bind(null, p.id)} />,
        }))}
      />
    </>
  );
}
