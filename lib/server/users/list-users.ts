/** Every account, for the admin's Users screen: a search (name, email) and a role filter, a page at a time. */
import "server-only";
import type { Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { possiblyLiveSession } from "@/lib/server/auth/user-sessions";
import { findDataPage } from "@/lib/server/data/paging";

export type ListUsersOptions = { q?: string; role?: Role; page?: number; now?: Date };

export async function listUsers({ q, role, page = 1, now = new Date() }: ListUsersOptions = {}) {
  const search = q?.trim();
  const where: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search, mode: "insensitive" } }] } : {}),
  };
  const found = await findDataPage(
    page,
    () => prisma.user.count({ where }),
    ({ skip, take }) =>
      prisma.user.findMany({
        where,
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          deactivatedAt: true,
          department: { select: { code: true } },
          _count: { select: { sessions: { where: possiblyLiveSession(now) } } },
        },
        orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
  return {
    ...found,
    rows: found.rows.map(({ department, _count, ...user }) => ({ ...user, departmentCode: department?.code ?? null, openSessions: _count.sessions })),
  };
}
