import { ROLE_LABEL } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/domain/session-user";
import type { UserDepartment } from "@/lib/domain/user-department";

export type UserSummaryProps = { user: SessionUser; department: UserDepartment | null };

/** Who is signed in, as a small definition list for the role home pages. */
export function UserSummary({ user, department }: UserSummaryProps) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
      <dt className="text-muted">Name</dt>
      <dd>{user.name}</dd>
      <dt className="text-muted">Email</dt>
      <dd>{user.email}</dd>
      <dt className="text-muted">Role</dt>
      <dd>{ROLE_LABEL[user.role]}</dd>
      <dt className="text-muted">Department</dt>
      <dd>{department ? `${department.name} (${department.code})` : "None"}</dd>
    </dl>
  );
}
