/**
 * The data screens list their rows a page at a time, so a university's 20,000 students are all
 * reachable (search narrows, pages walk) while each page stays quick to query and render.
 */
import "server-only";
import type { DataPage } from "@/lib/domain/data-page";

export const DATA_PAGE_SIZE = 100;

export interface PageRequest {
  page: number;
  /** Set when the URL's page was not a page number (the list then shows page 1). */
  problem?: string;
}

/** Reads `?page=` of a list URL: absent means 1; anything but a positive whole number is named. */
export function parsePageParam(raw: string | string[] | undefined): PageRequest {
  if (raw === undefined) return { page: 1 };
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (/^[1-9]\d{0,8}$/.test(value)) return { page: Number(value) };
  return { page: 1, problem: `"${value.slice(0, 40)}" is not a page number (1, 2, 3, ...); showing page 1.` };
}

/**
 * One page of a list: counts the matching rows, then reads the requested page (or the last one if
 * the request is past the end, e.g. after deletions).
 */
export async function findDataPage<Row>(
  requestedPage: number,
  count: () => Promise<number>,
  find: (range: { skip: number; take: number }) => Promise<Row[]>,
): Promise<DataPage<Row>> {
  const total = await count();
  const pageCount = Math.max(1, Math.ceil(total / DATA_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount);
  const offset = (page - 1) * DATA_PAGE_SIZE;
  const rows = total === 0 ? [] : await find({ skip: offset, take: DATA_PAGE_SIZE });
  return { rows, total, page, pageCount, offset };
}
