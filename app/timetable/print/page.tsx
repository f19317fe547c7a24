// Print-friendly timetable: one week grid per A4 landscape page (a department prints one page per
// batch). Rendered on the server from the same query as /timetable.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { parseSearchParamsQuery, type RawSearchParams } from "@/components/timetable/initial-timetable-query";
import { PrintButton } from "@/components/timetable/print-button";
import { TimetableWeek } from "@/components/timetable/timetable-week";
import { Alert } from "@/components/ui/alert";
import { AppError } from "@/lib/domain/app-error";
import { requirePageUser } from "@/lib/auth/session";
import { getPrintableViews } from "@/lib/server/timetable-views/get-printable-views";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { NONCE_HEADER } from "@/lib/security/content-security-policy";

export const metadata: Metadata = { title: "Print timetable" };

// The app header and page padding are hidden when printing; each grid gets a page of its own.
const PRINT_CSS = `
@page { size: A4 landscape; margin: 8mm; }
@media print {
  body > header, .print-toolbar, a[href="#main"] { display: none !important; }
  #main { max-width: none; padding: 0; }
  .print-sheet { break-after: page; break-inside: avoid; }
  .print-sheet:last-child { break-after: auto; }
  .print-sheet table { min-width: 0; font-size: 9pt; }
  .print-sheet tr { height: auto; }
}`;

async function loadViews(searchParams: RawSearchParams, viewer: Parameters<typeof getPrintableViews>[0]["viewer"]) {
  const query = parseSearchParamsQuery(searchParams) ?? { scope: "me" as const };
  try {
    return { views: await getPrintableViews({ viewer, query }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
}

function Sheet({ view }: { view: TimetableView }) {
  return (
    <section className="print-sheet mb-8">
      <h1 className="mb-2 text-xl">
        {view.view.label} · {view.term.name}
      </h1>
      <p className="mb-3 text-xs text-muted">
        {view.timetable.status === "PUBLISHED" ? "Published" : `${view.timetable.status.toLowerCase()} “${view.timetable.name}”`}
        {view.timetable.publishedAt ? ` ${new Date(view.timetable.publishedAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}` : ""}
        {` · times in ${view.term.timezone}`}
      </p>
      <TimetableWeek view={view} />
    </section>
  );
}

export default async function PrintTimetablePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser({ permission: "timetable.viewOwn" });
  const result = await loadViews(await searchParams, user);
  // An inline <style> runs under the page's Content-Security-Policy only with its nonce.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;

  return (
    <>
      <style nonce={nonce}>{PRINT_CSS}</style>
      <div className="print-toolbar mb-6 flex items-center gap-3">
        <PrintButton />
        <p className="text-sm text-muted">Prints one week per A4 landscape page.</p>
      </div>
      {"message" in result ? <Alert tone="info">{result.message}</Alert> : result.views.map((view) => <Sheet key={view.view.scopeKey} view={view} />)}
    </>
  );
}
