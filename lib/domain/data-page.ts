/**
 * One page of a data screen's list (lib/server/data/paging.ts reads it from the database; the
 * browser's table shows it and links to the other pages). Types only.
 */
export interface DataPage<Row> {
  rows: Row[];
  /** Rows matching the search, over all pages. */
  total: number;
  /** 1-based; a page past the end is answered with the last one. */
  page: number;
  pageCount: number;
  /** 0-based position of rows[0] among all matching rows. */
  offset: number;
}
