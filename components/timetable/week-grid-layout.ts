/**
 * Where each meeting of one day goes in the week table: a cell where it starts (spanning its
 * periods), cells it covers (rendered by nobody), and empty cells. Pure, so the row-span arithmetic
 * is unit-tested without rendering.
 */
export interface WeekGridBlock {
  id: string;
  /** ISO weekday, 1 = Monday. */
  day: number;
  /** First period (0-based). */
  period: number;
  /** Consecutive periods. */
  length: number;
  subjectCode: string;
  subjectName?: string;
  batchLabel: string;
  facultyLabel: string | null;
  roomLabel: string;
  /** What changed about this meeting (e.g. "moved from Tue 09:00"): the block is highlighted with it. */
  note?: string;
}

export type DayCell =
  | { kind: "start"; span: number; blocks: WeekGridBlock[] }
  | { kind: "covered" }
  | { kind: "empty" };

/**
 * A meeting that starts inside another's span joins that cell (and may stretch it), so clashing
 * meetings are shown side by side instead of one hiding the other.
 */
export function layoutDay(blocks: WeekGridBlock[], periodCount: number): DayCell[] {
  const cells: DayCell[] = Array.from({ length: periodCount }, () => ({ kind: "empty" }));
  const sorted = blocks
    .filter((b) => b.period >= 0 && b.period < periodCount)
    .sort((a, b) => a.period - b.period || b.length - a.length || a.subjectCode.localeCompare(b.subjectCode));

  let open: { start: number; cell: Extract<DayCell, { kind: "start" }> } | null = null;
  for (const block of sorted) {
    const end = Math.min(periodCount, block.period + Math.max(1, block.length));
    if (open && block.period < open.start + open.cell.span) {
      open.cell.blocks.push(block);
      open.cell.span = Math.max(open.cell.span, end - open.start);
    } else {
      open = { start: block.period, cell: { kind: "start", span: end - block.period, blocks: [block] } };
      cells[block.period] = open.cell;
    }
    for (let p = open.start + 1; p < open.start + open.cell.span; p++) cells[p] = { kind: "covered" };
  }
  return cells;
}
