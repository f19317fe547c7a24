"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "@/components/layout/nav-items";

/** Marks the current section with aria-current so it is announced as well as highlighted. */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching href wins, so "/admin/jobs" does not also light up "Home" (/admin).
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;

  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-1.5 text-sm font-medium text-foreground no-underline hover:bg-subtle hover:no-underline",
                item.href === current && "bg-subtle text-primary",
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
