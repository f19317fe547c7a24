import Link from "next/link";
import type { ReactNode } from "react";
import { TermSwitcher } from "@/components/data/term-switcher";
import { requirePageUser } from "@/lib/auth/session";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { DATA_SECTIONS } from "./data-nav";
import { chooseTermAction } from "./term-actions";

// A layout is not re-rendered on every navigation, so each page checks access itself; this one
// checks too because it reads the term names for the switcher.
export default async function DataLayout({ children }: { children: ReactNode }) {
  await requirePageUser({ permission: "data.manage" });
  const { term, terms } = await getCurrentTerm();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Data sections" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {DATA_SECTIONS.map((s) => (
            <Link key={s.href} href={s.href}>
              {s.label}
            </Link>
          ))}
        </nav>
        {term ? <TermSwitcher terms={terms} currentId={term.id} action={chooseTermAction} /> : null}
      </div>
      <hr className="mb-6 border-border" />
      {children}
    </>
  );
}
