import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";
import { listAuditedEntities } from "@/lib/server/audit/list-audited-entities";

export const metadata: Metadata = { title: "Audit log" };

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return <span className="text-muted">—</span>;
  return (
    <details>
      <summary className="cursor-pointer text-sm">{label}</summary>
      <pre className="mt-1 max-h-64 max-w-md overflow-auto rounded bg-subtle p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ entity?: string }> }) {
  await requirePageUser({ roles: ["ADMIN"], permission: "audit.view" });
  const { entity } = await searchParams;
  const [entries, entities] = await Promise.all([listAuditEntries({ entity, limit: 200 }), listAuditedEntities()]);

  return (
    <>
      <PageHeader title="Audit log" description="Who changed what, and when: the newest 200 changes." />
      <nav aria-label="Filter by entity" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link href="/admin/audit" aria-current={!entity ? "page" : undefined}>
          All
        </Link>
        {entities.map((name) => (
          <Link key={name} href={`/admin/audit?entity=${encodeURIComponent(name)}`} aria-current={entity === name ? "page" : undefined}>
            {name}
          </Link>
        ))}
      </nav>
      <Card>
        <CardBody className="overflow-x-auto">
          {entries.length === 0 ? (
            <p className="text-muted">No changes recorded yet.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead>
                <tr>
                  <th className="py-2 pr-4">When</th>
                  <th className="py-2 pr-4">Who</th>
                  <th className="py-2 pr-4">Action</th>
                  <th className="py-2 pr-4">Entity</th>
                  <th className="py-2 pr-4">Before</th>
                  <th className="py-2 pr-4">After</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id} className="border-t border-border align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">
                      <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                    </td>
                    <td className="py-2 pr-4">{entry.actorName ? `${entry.actorName} (${entry.actorEmail})` : <span className="text-muted">system</span>}</td>
                    <td className="py-2 pr-4">{entry.action}</td>
                    <td className="py-2 pr-4">
                      {entry.entity}
                      {entry.entityId ? <span className="block text-xs text-muted">{entry.entityId}</span> : null}
                    </td>
                    <td className="py-2 pr-4">
                      <JsonBlock label="Before" value={entry.before} />
                    </td>
                    <td className="py-2 pr-4">
                      <JsonBlock label="After" value={entry.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardBody>
      </Card>
    </>
  );
}
