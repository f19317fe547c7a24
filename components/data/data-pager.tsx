/**
 * Previous / next links and "Page 2 of 7" under a paged data list. Plain links that keep the list's
 * search and filters in the URL, so paging works without JavaScript and a page can be bookmarked.
 */
import Link from "next/link";

export interface DataPagerProps {
  basePath: string;
  page: number;
  pageCount: number;
  /** The list's query parameters to keep (search, filters); empty values are dropped. */
  query: Record<string, string | undefined>;
}

function pageHref(basePath: string, query: DataPagerProps["query"], page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

const linkClasses = "rounded-md border border-border px-3 py-1.5 hover:bg-subtle";
const disabledClasses = "rounded-md border border-border px-3 py-1.5 text-muted opacity-60";

export function DataPager({ basePath, page, pageCount, query }: DataPagerProps) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link className={linkClasses} href={pageHref(basePath, query, page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className={disabledClasses} aria-disabled="true">
          ← Previous
        </span>
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className={linkClasses} href={pageHref(basePath, query, page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span className={disabledClasses} aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
