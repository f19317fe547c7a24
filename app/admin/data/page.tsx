import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasPermission } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { checkTermData } from "@/lib/server/data/check-term-data";
import { countData } from "@/lib/server/data/count-data";
import { getCurrentTerm } from "@/lib/server/terms/current-term";

export const metadata: Metadata = { title: "Data" };

export default async function DataOverviewPage({ searchParams }: { searchParams: Promise<{ termId?: string }> }) {
  const user = await requirePageUser({ permission: "data.manage" });
  const { termId: requestedTermId } = await searchParams;
  const { term } = await getCurrentTerm(requestedTermId);
  const [counts, check] = await Promise.all([countData({ termId: term?.id }), term ? checkTermData({ termId: term.id }) : null]);

  return (
    <>
      <PageHeader
        title="Data"
        description={term ? `Everything the timetable generator needs for ${term.name}, and whether it can be satisfied.` : "Everything the timetable generator needs, and whether it can be satisfied."}
        actions={hasPermission(user.role, "audit.view") ? <Link href="/admin/audit">Audit log</Link> : null}
      />
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Counts">
        {counts.map((c) => (
          <li key={c.label}>
            <Link href={c.href} className="block rounded-lg border border-border bg-surface px-4 py-3 no-underline">
              <span className="text-sm text-muted">{c.label}</span> <span className="text-lg font-semibold">{c.count}</span>
            </Link>
          </li>
        ))}
      </ul>

      <Card className="mt-6">
        <CardHeader title={term ? `Pre-flight check: ${term.name}` : "Pre-flight check"} description="Certain problems found by counting, before any generation run." />
        <CardBody className="space-y-4">
          {term ? null : <p className="text-muted">No term yet.</p>}
          {check && check.blockers.length === 0 ? (
            <Alert tone="success">No blockers: the {check.offeringCount} offerings of this term can be scheduled as far as counting can tell.</Alert>
          ) : null}
          {check && check.blockers.length > 0 ? (
            <>
              <Alert tone="error" title={`${check.blockers.length} blocker${check.blockers.length === 1 ? "" : "s"}`}>
                A timetable cannot satisfy these; fix the records named below.
              </Alert>
              <ul className="space-y-2" aria-label="Blockers">
                {check.blockers.map((b, i) => (
                  <li key={i} className="rounded-md border border-border px-3 py-2 text-sm">
                    <p>{b.message}</p>
                    {b.links.length > 0 ? (
                      <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
                        {b.links.map((l) => (
                          <Link key={l.href} href={l.href}>
                            {l.label}
                          </Link>
                        ))}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </CardBody>
      </Card>
    </>
  );
}
