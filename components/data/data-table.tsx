/**
 * The list of every data entity: a search box (a plain GET form, so it works without JavaScript and
 * the query is in the URL), a "New …" link, rows with edit links and delete buttons, and, when the
 * rows are one page of many, where they stand and links to the other pages.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/form-field";
import type { DataPage } from "@/lib/domain/data-page";
import { DataPager } from "./data-pager";

export interface DataColumn {
  key: string;
  label: string;
}

export interface DataRow {
  id: string;
  cells: Record<string, ReactNode>;
  editHref: string;
  /** Usually a <DeleteButton>. */
  actions?: ReactNode;
}

export interface DataTableProps {
  basePath: string;
  /** "room": gives "New room" and "Search rooms". */
  noun: string;
  pluralNoun: string;
  columns: DataColumn[];
  rows: DataRow[];
  q?: string;
  /** Where these rows stand among all matches (from findDataPage); absent for unpaged lists. */
  paging?: Omit<DataPage<unknown>, "rows">;
  /** Why the URL's page was not used (parsePageParam). */
  pageProblem?: string;
  /** Other query parameters of the list (besides q and page) that the page links must keep. */
  filters?: Record<string, string | undefined>;
}

export function DataTable({ basePath, noun, pluralNoun, columns, rows, q, paging, pageProblem, filters }: DataTableProps) {
  return (
    <Card>
      <CardBody className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <form method="get" action={basePath} role="search" className="flex items-end gap-2">
            {Object.entries(filters ?? {}).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
            <div>
              <label htmlFor="search" className="block text-sm font-medium">
                Search {pluralNoun}
              </label>
              <input id="search" name="q" type="search" defaultValue={q ?? ""} className={inputClasses} />
            </div>
            <button type="submit" className="h-10 rounded-md border border-border px-3 text-sm">
              Search
            </button>
          </form>
          <ButtonLink href={`${basePath}/new`}>New {noun}</ButtonLink>
        </div>
        {pageProblem ? <Alert tone="warning">{pageProblem}</Alert> : null}
        <p className="text-sm text-muted">
          {paging && paging.pageCount > 1
            ? `${paging.offset + 1}–${paging.offset + rows.length} of ${paging.total} ${pluralNoun}`
            : `${rows.length} ${rows.length === 1 ? noun : pluralNoun}`}
          {q ? ` matching "${q}"` : ""}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} className="py-2 pr-4">
                    {c.label}
                  </th>
                ))}
                <th className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-border align-top">
                  {columns.map((c, i) => (
                    <td key={c.key} className="py-2 pr-4">
                      {i === 0 ? <Link href={row.editHref}>{row.cells[c.key]}</Link> : row.cells[c.key]}
                    </td>
                  ))}
                  <td className="py-2">{row.actions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {paging && paging.pageCount > 1 ? <DataPager basePath={basePath} page={paging.page} pageCount={paging.pageCount} query={{ ...filters, q }} /> : null}
      </CardBody>
    </Card>
  );
}
