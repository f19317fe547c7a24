import type { Metadata } from "next";
import { DataPager } from "@/components/data/data-pager";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/form-field";
import { ListTable } from "@/components/ui/list-table";
import { PageHeader } from "@/components/ui/page-header";
import { isRole, ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/server/data/paging";
import { listUsers } from "@/lib/server/users/list-users";
import { UserAccessButtons } from "./user-access-buttons";

export const metadata: Metadata = { title: "Users" };

type UsersSearchParams = { q?: string; role?: string; page?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<UsersSearchParams> }) {
  const admin = await requirePageUser({ permission: "users.manage" });
  const { q, role: rawRole, page } = await searchParams;
  // An unknown ?role= lists every role rather than failing: it is a filter, not an input.
  const role = isRole(rawRole) ? rawRole : undefined;
  const pageRequest = parsePageParam(page);
  const { rows: users, ...paging } = await listUsers({ q, role, page: pageRequest.page });

  return (
    <>
      <PageHeader title="Users" description="Deactivate an account (no sign-in, sessions ended, calendar feeds off) or end its sessions." />
      <Card>
        <CardBody className="space-y-4">
          <form method="get" action="/admin/users" role="search" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="search" className="block text-sm font-medium">
                Search users
              </label>
              <input id="search" name="q" type="search" defaultValue={q ?? ""} className={inputClasses} />
            </div>
            <div>
              <label htmlFor="role" className="block text-sm font-medium">
                Role
              </label>
              <select id="role" name="role" defaultValue={role ?? ""} className={inputClasses}>
                <option value="">Every role</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="h-10 rounded-md border border-border px-3 text-sm">
              Search
            </button>
          </form>
          {pageRequest.problem ? <Alert tone="warning">{pageRequest.problem}</Alert> : null}
          <p className="text-sm text-muted">
            {paging.pageCount > 1 ? `${paging.offset + 1}–${paging.offset + users.length} of ${paging.total} users` : `${users.length} ${users.length === 1 ? "user" : "users"}`}
            {q ? ` matching "${q}"` : ""}
          </p>
          <ListTable
            caption="Users"
            rows={users}
            rowKey={(u) => u.id}
            columns={[
              { header: "Name", cell: (u) => u.name },
              { header: "Email", cell: (u) => u.email },
              { header: "Role", cell: (u) => ROLE_LABEL[u.role] + (u.departmentCode ? ` (${u.departmentCode})` : "") },
              {
                header: "Status",
                className: "whitespace-nowrap",
                cell: (u) =>
                  u.deactivatedAt ? (
                    <span>
                      Deactivated <time dateTime={u.deactivatedAt.toISOString()}>{u.deactivatedAt.toISOString().slice(0, 10)}</time>
                    </span>
                  ) : (
                    "Active"
                  ),
              },
              { header: "Open sessions", className: "tabular-nums", cell: (u) => u.openSessions },
              {
                header: "Actions",
                cell: (u) => (
                  <UserAccessButtons userId={u.id} userName={u.name} deactivated={u.deactivatedAt !== null} isSelf={u.id === admin.id} openSessions={u.openSessions} />
                ),
              },
            ]}
          />
          {paging.pageCount > 1 ? <DataPager basePath="/admin/users" page={paging.page} pageCount={paging.pageCount} query={{ q, role }} /> : null}
        </CardBody>
      </Card>
    </>
  );
}
