/**
 * A department's teaching load: each faculty member's periods a week and busiest day against their
 * limits, most loaded first, with a bar for the week and a link to their timetable.
 */
import Link from "next/link";
import { ListTable, type ListColumn } from "@/components/ui/list-table";
import { isoDayName } from "@/lib/domain/day-names";
import type { FacultyLoad } from "@/lib/domain/department-views";
import { timetableQueryString } from "./timetable-query-string";

function WeeklyBar({ load }: { load: FacultyLoad }) {
  const percent = Math.min(100, Math.round(load.weeklyShare * 100));
  return (
    <div className="flex items-center gap-2">
      <span className="w-16 shrink-0 tabular-nums">
        {load.periodsPerWeek} of {load.maxPeriodsPerWeek}
      </span>
      {/* Decorative: the numbers beside it say the same. */}
      <div aria-hidden="true" className="h-2 w-24 overflow-hidden rounded bg-subtle">
        <div className={load.weeklyShare > 1 ? "h-full bg-danger" : "h-full bg-primary"} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

const COLUMNS: ListColumn<FacultyLoad>[] = [
  {
    header: "Faculty member",
    cell: (load) => (
      <Link className="text-primary underline-offset-2 hover:underline" href={`/timetable?${timetableQueryString({ scope: "faculty", id: load.id })}`}>
        {load.name}
      </Link>
    ),
  },
  { header: "Periods a week", cell: (load) => <WeeklyBar load={load} /> },
  {
    header: "Busiest day",
    cell: (load) => (load.busiestDay ? `${isoDayName(load.busiestDay.day)}: ${load.busiestDay.periods} of ${load.maxPeriodsPerDay}` : "—"),
    className: "tabular-nums whitespace-nowrap",
  },
  { header: "Classes", cell: (load) => load.classes, className: "tabular-nums" },
  { header: "Teaching days", cell: (load) => load.teachingDays, className: "tabular-nums" },
];

export function TeachingLoadTable({ loads, caption }: { loads: FacultyLoad[]; caption: string }) {
  if (loads.length === 0) return <p className="text-sm text-muted">The department has no faculty members yet.</p>;
  return <ListTable caption={caption} columns={COLUMNS} rows={loads} rowKey={(load) => load.id} />;
}
