/**
 * A week of teaching as a table: days as columns, periods (with their times) as rows, each meeting a
 * block spanning its periods, coloured by subject. Plain-data props (no Prisma types) so every view
 * (registrar review, faculty, student, HOD) can reuse it. No hooks: works in server and client
 * components.
 *
 * On a phone the table scrolls sideways inside its box while the time column stays in view.
 * Overlapping meetings (a draft with clashes) are stacked in one cell rather than hidden. A day the
 * term does not teach on (a holiday in the week being looked at) is one greyed cell with its label.
 */
import { cn } from "@/components/ui/cn";
import { layoutDay, type WeekGridBlock } from "./week-grid-layout";

export type { WeekGridBlock } from "./week-grid-layout";

export interface WeekGridDay {
  /** ISO weekday, 1 = Monday: matches WeekGridBlock.day. */
  day: number;
  label: string;
  /** Set when the day has no classes this week: "Diwali break". */
  closedLabel?: string;
}

export interface WeekGridPeriod {
  /** 0-based, matches WeekGridBlock.period. */
  index: number;
  startTime: string;
  endTime: string;
}

export interface WeekGridProps {
  days: WeekGridDay[];
  periods: WeekGridPeriod[];
  blocks: WeekGridBlock[];
  /** Says whose week this is, e.g. "CSE-3A"; read by screen readers as the table's name. */
  caption: string;
  /** Leave out what the view already implies (a batch's own week need not repeat the batch). */
  hide?: { batch?: boolean; faculty?: boolean; room?: boolean };
  className?: string;
}

const ROW_HEIGHT_REM = 4;

// Full class strings (Tailwind only generates classes it can see in the source).
const SUBJECT_COLOURS = [
  "bg-sky-50 border-sky-300 text-sky-950",
  "bg-amber-50 border-amber-300 text-amber-950",
  "bg-emerald-50 border-emerald-300 text-emerald-950",
  "bg-rose-50 border-rose-300 text-rose-950",
  "bg-violet-50 border-violet-300 text-violet-950",
  "bg-lime-50 border-lime-300 text-lime-950",
  "bg-orange-50 border-orange-300 text-orange-950",
  "bg-cyan-50 border-cyan-300 text-cyan-950",
  "bg-fuchsia-50 border-fuchsia-300 text-fuchsia-950",
  "bg-teal-50 border-teal-300 text-teal-950",
] as const;

/** Same subject, same colour, in every view and on every visit. */
export function subjectColour(subjectCode: string): string {
  let hash = 0;
  for (const char of subjectCode) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return SUBJECT_COLOURS[hash % SUBJECT_COLOURS.length];
}

function Block({ block, hide }: { block: WeekGridBlock; hide: WeekGridProps["hide"] }) {
  return (
    <div
      className={cn("min-w-0 flex-1 rounded border px-2 py-1 text-xs leading-snug break-words", subjectColour(block.subjectCode), block.note && "ring-2 ring-warning")}
      data-changed={block.note ? "" : undefined}
    >
      <p className="font-semibold" title={block.subjectName}>
        {block.subjectCode}
      </p>
      {!hide?.batch && block.batchLabel ? <p>{block.batchLabel}</p> : null}
      {!hide?.faculty && block.facultyLabel ? <p>{block.facultyLabel}</p> : null}
      {!hide?.room ? <p className="font-medium">{block.roomLabel}</p> : null}
      {block.note ? <p className="mt-0.5 font-semibold italic">{block.note}</p> : null}
    </div>
  );
}

export function WeekGrid({ days, periods, blocks, caption, hide, className }: WeekGridProps) {
  const columns = days.map((day) => layoutDay(blocks.filter((b) => b.day === day.day), periods.length));

  return (
    <div data-week-grid="" className={cn("overflow-x-auto rounded-lg border border-border bg-surface", className)}>
      <table className="w-full min-w-[40rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-20" />
          {days.map((day) => (
            <col key={day.day} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 border-b border-border bg-subtle px-2 py-2 text-left text-xs font-medium text-muted">
              Time
            </th>
            {days.map((day) => (
              <th key={day.day} scope="col" className="border-b border-l border-border bg-subtle px-2 py-2 text-left font-medium">
                {day.label}
                {day.closedLabel ? <span className="block text-xs font-normal text-muted">No classes</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period, row) => (
            <tr key={period.index} className="align-top" style={{ height: `${ROW_HEIGHT_REM}rem` }}>
              <th scope="row" className="sticky left-0 z-10 border-b border-border bg-surface px-2 py-1 text-left text-xs font-normal text-muted">
                <span className="block font-medium text-foreground">{period.startTime}</span>
                <span className="block">{period.endTime}</span>
              </th>
              {columns.map((column, dayIndex) => {
                const closedLabel = days[dayIndex].closedLabel;
                if (closedLabel) {
                  return row === 0 ? (
                    <td key={days[dayIndex].day} rowSpan={periods.length} className="border-b border-l border-border bg-subtle p-2 text-center align-middle text-sm text-muted" data-closed-day="">
                      <span className="font-medium text-foreground">{closedLabel}</span>
                      <span className="block text-xs">non-teaching day</span>
                    </td>
                  ) : null;
                }
                const cell = column[row];
                if (cell.kind === "covered") return null;
                const key = `${days[dayIndex].day}-${period.index}`;
                if (cell.kind === "empty") return <td key={key} className="border-b border-l border-border" />;
                return (
                  // h-px: a table cell's height is otherwise not definite, and the meeting's h-full
                  // would not fill the rows it spans once one of them grew taller than ROW_HEIGHT_REM
                  // (the cell still grows to its content). minHeight keeps n rows' height regardless.
                  <td key={key} rowSpan={cell.span} className="h-px border-b border-l border-border p-1">
                    <div className={cn("flex h-full gap-1", cell.blocks.length > 1 && "flex-col")} style={{ minHeight: `calc(${cell.span * ROW_HEIGHT_REM}rem - 0.5rem)` }}>
                      {cell.blocks.map((block) => (
                        <Block key={block.id} block={block} hide={hide} />
                      ))}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
