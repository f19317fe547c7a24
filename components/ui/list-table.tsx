/**
 * The bordered, horizontally scrolling table of the admin lists (generation jobs, timetables): a
 * caption for screen readers, one header row, one row per item. Each column says how to render its
 * cell, so the pages keep only what is theirs. A server component: cell functions never reach the
 * browser.
 */
import type { ReactNode } from "react";
import { cn } from "./cn";

export interface ListColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Extra classes for this column's cells, e.g. "tabular-nums" or "whitespace-nowrap". */
  className?: string;
}

export interface ListTableProps<Row> {
  caption: string;
  columns: ListColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

export function ListTable<Row>({ caption, columns, rows, rowKey }: ListTableProps<Row>) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-subtle text-left">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className="px-3 py-2 font-medium">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-t border-border">
              {columns.map((column) => (
                <td key={column.header} className={cn("px-3 py-2", column.className)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
