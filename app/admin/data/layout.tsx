import Link from "next/link";
import type { ReactNode } from "react";
import { DATA_SECTIONS } from "./data-nav";

// Navigation only: a layout is not re-rendered on every navigation, so each page checks access itself.
export default function DataLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="Data sections" className="mb-6 flex flex-wrap gap-x-4 gap-y-2 border-b border-border pb-3 text-sm">
        {DATA_SECTIONS.map((s) => (
          <Link key={s.href} href={s.href}>
            {s.label}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
