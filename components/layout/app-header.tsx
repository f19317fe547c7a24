import Link from "next/link";
import { MainNav } from "@/components/layout/main-nav";
import { navItemsFor } from "@/components/layout/nav-items";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { ROLE_LABEL } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/domain/session-user";

export function AppHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-foreground no-underline hover:no-underline">
          Timetabler
        </Link>
        {user ? (
          <>
            <MainNav items={navItemsFor(user.role)} />
            <div className="ml-auto flex items-center gap-3">
              <p className="text-right text-sm leading-tight" data-testid="signed-in-user">
                <span className="block font-medium">{user.name}</span>
                <span className="block text-muted">{ROLE_LABEL[user.role]}</span>
              </p>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
