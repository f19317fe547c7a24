import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listItcTerms } from "@/lib/server/itc/list-itc-terms";
import { CttImportForm } from "./ctt-import-form";

export const metadata: Metadata = { title: "ITC-2007 import" };

export default async function ImportCttPage() {
  await requirePageUser({ permission: "data.manage" });
  const terms = await listItcTerms();
  return (
    <>
      <PageHeader
        title="ITC-2007 import"
        description="Load a curriculum-based course timetabling instance (.ctt) as a new term in the department ITC. A timetable of that term downloads as an ITC-2007 .sol file for the official validator."
      />
      <Card>
        <CardBody>
          <CttImportForm />
        </CardBody>
      </Card>
      <Card className="mt-6">
        <CardHeader title="Imported instances" description="Download a timetable of an instance as an ITC-2007 solution (.sol)." />
        <CardBody>
          {terms.length === 0 ? (
            <p className="text-muted">None yet.</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {terms.map((term) => (
                <li key={term.id}>
                  <Link href={`/admin/data?termId=${term.id}`}>{term.name}</Link> <span className="text-muted">({term._count.offerings} courses)</span>
                  {term.timetables.length === 0 ? (
                    <span className="text-muted"> · no timetable yet</span>
                  ) : (
                    <ul className="ml-4 mt-1 list-disc">
                      {term.timetables.map((t) => (
                        <li key={t.id}>
                          {t.name} ({t.status.toLowerCase()}, hard {t.hardViolations}, soft {t.score}) ·{" "}
                          <a href={`/api/timetables/${t.id}/solution.sol`} download>
                            Download .sol
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </>
  );
}
