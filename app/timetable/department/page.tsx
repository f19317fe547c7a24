import type { Metadata } from "next";
import Link from "next/link";
import { DepartmentMatrixTable } from "@/components/timetable/department-matrix-table";
import { Alert } from "@/components/ui/alert";
import { inputClasses } from "@/components/ui/form-field";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/domain/app-error";
import { hasPermission } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getDepartmentOverview } from "@/lib/server/timetable-views/get-department-overview";
import { getViewChoices } from "@/lib/server/timetable-views/get-view-choices";
import { choicesForTerm } from "@/lib/domain/view-choices";

export const metadata: Metadata = { title: "Department overview" };

type Props = { searchParams: Promise<{ departmentId?: string; termId?: string }> };

/** A department's published week on one screen: its batches by days and periods. */
export default async function DepartmentOverviewPage({ searchParams }: Props) {
  const user = await requirePageUser({ permission: "timetable.viewDepartment" });
  const { departmentId: requested, termId } = await searchParams;
  // The departments of the term on show ("current" without a termId), not every term's.
  const choices = choicesForTerm(await getViewChoices({ viewer: user, termIds: termId ? [termId] : [] }), termId);
  // A head of department sees their own; registrars and admins choose (their first by default).
  const departmentId = hasPermission(user.role, "timetable.viewAny") ? (choices.departments.find((d) => d.id === requested)?.id ?? choices.departments[0]?.id) : user.departmentId;
  const overview = departmentId
    ? await getDepartmentOverview({ viewer: user, departmentId, termId }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") return error.message;
        throw error;
      })
    : "Your account has no department; ask an administrator to set it.";

  return (
    <>
      <PageHeader
        title="Department overview"
        description="Every batch's week on one screen: subject code over room. Hover a cell for the full subject, times and teacher; open a batch for its week."
      />
      {hasPermission(user.role, "timetable.viewAny") && choices.departments.length > 1 ? (
        <form method="get" className="mb-4 flex items-end gap-2" aria-label="Choose a department">
          <div>
            <label htmlFor="departmentId" className="block text-sm font-medium">
              Department
            </label>
            <select id="departmentId" name="departmentId" defaultValue={departmentId ?? undefined} className={inputClasses}>
              {choices.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="h-10 rounded-md border border-border px-3 text-sm">
            Show
          </button>
        </form>
      ) : null}
      {typeof overview === "string" ? (
        <Alert tone="info">{overview}</Alert>
      ) : (
        <section aria-labelledby="overview-heading" className="relative left-1/2 w-[calc(100vw-3rem)] max-w-[120rem] -translate-x-1/2 space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="overview-heading" className="text-lg">
              {overview.label} · {overview.term.name}
            </h2>
            <p className="text-sm text-muted">
              {overview.batches.length} batches ·{" "}
              <Link href={`/timetable?scope=department&id=${encodeURIComponent(departmentId!)}`}>the department&apos;s week in detail</Link>
            </p>
          </div>
          <DepartmentMatrixTable
            caption={`${overview.label}: batches by day and period, ${overview.term.name}`}
            days={overview.days}
            periods={overview.periods}
            batches={overview.batches}
            matrix={overview.matrix}
            batchHref={(id) => `/timetable?scope=batch&id=${encodeURIComponent(id)}`}
          />
        </section>
      )}
    </>
  );
}
