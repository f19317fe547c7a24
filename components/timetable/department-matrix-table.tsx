/**
 * The department overview's table: batches down, days and periods across, each cell a subject code
 * over its room. Sized to fit a laptop screen without sideways scrolling (fixed layout, small type);
 * each cell's title and screen-reader text give the full subject, times and teacher.
 */
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { MatrixRow } from "@/lib/domain/department-views";
import { isoDayFullName, isoDayName } from "@/lib/domain/day-names";
import { subjectColour } from "./week-grid";

export interface DepartmentMatrixTableProps {
  caption: string;
  days: number[];
  periods: { index: number; startTime: string; endTime: string }[];
  batches: { id: string; code: string }[];
  matrix: MatrixRow[];
  /** The per-batch week, one click away. */
  batchHref: (batchId: string) => string;
}

export function DepartmentMatrixTable({ caption, days, periods, batches, matrix, batchHref }: DepartmentMatrixTableProps) {
  const idOf = new Map(batches.map((b) => [b.code, b.id]));
  return (
    <table className="w-full table-fixed border-collapse text-[10px] leading-tight">
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        <col className="w-16" />
        {days.flatMap((day) => periods.map((p) => <col key={`${day}-${p.index}`} />))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className="border border-border bg-subtle px-1 text-left text-xs">
            Batch
          </th>
          {days.map((day) => (
            <th key={day} scope="colgroup" colSpan={periods.length} className="border border-border bg-subtle px-1 py-1 text-xs">
              {isoDayName(day)}
            </th>
          ))}
        </tr>
        <tr>
          {days.flatMap((day) =>
            periods.map((p) => (
              <th key={`${day}-${p.index}`} scope="col" title={`${p.startTime}-${p.endTime}`} className="border border-border bg-subtle font-normal text-muted">
                <span aria-hidden="true">{p.index + 1}</span>
                <span className="sr-only">
                  {isoDayFullName(day)} {p.startTime}
                </span>
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        {matrix.map((row) => (
          <tr key={row.batchCode}>
            <th scope="row" className="border border-border px-1 text-left text-xs font-medium">
              <Link href={batchHref(idOf.get(row.batchCode) ?? "")} title={`The week of ${row.batchCode}`}>
                {row.batchCode}
              </Link>
            </th>
            {row.days.flatMap((cells, dayIndex) =>
              cells.map((cell) => (
                <td
                  key={`${days[dayIndex]}-${cell.period}`}
                  colSpan={cell.span}
                  className={cn("h-9 overflow-hidden border border-border p-0.5 align-top break-all", cell.meetings.length === 1 && subjectColour(cell.meetings[0].subjectCode))}
                  title={cell.meetings.map((m) => `${m.subjectCode} ${m.subjectName}, ${m.startTime}-${m.endTime}, ${m.roomCode}${m.facultyName ? `, ${m.facultyName}` : ""}`).join("\n") || undefined}
                >
                  {cell.meetings.map((m) => (
                    <span key={`${m.offeringId}-${m.meetingIndex}`} className="block">
                      <span className="block font-semibold">{m.subjectCode}</span>
                      <span className="block">{m.roomCode}</span>
                    </span>
                  ))}
                </td>
              )),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
