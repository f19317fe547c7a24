/** Students matching a search (name, email, roll number or batch code), a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentInTerm } from "@/lib/server/terms/term-scope";
import { findDataPage } from "./paging";

function studentSearch(q: string | undefined): Prisma.StudentProfileWhereInput | undefined {
  const search = q?.trim();
  if (!search) return undefined;
  return {
    OR: [
      { user: { name: { contains: search, mode: "insensitive" } } },
      { user: { email: { contains: search, mode: "insensitive" } } },
      { rollNumber: { contains: search, mode: "insensitive" } },
      { batch: { code: { contains: search, mode: "insensitive" } } },
    ],
  };
}

export async function listStudents({ q, page = 1, termId }: { q?: string; page?: number; termId?: string } = {}) {
  const where: Prisma.StudentProfileWhereInput = { AND: [studentSearch(q) ?? {}, termId ? { batch: { department: departmentInTerm(termId) } } : {}] };
  const found = await findDataPage(
    page,
    () => prisma.studentProfile.count({ where }),
    ({ skip, take }) =>
      prisma.studentProfile.findMany({
        where,
        select: { id: true, rollNumber: true, user: { select: { name: true, email: true } }, batch: { select: { code: true } }, _count: { select: { extraOfferings: true } } },
        // id last: a stable order, so that no row shows on two pages or on none.
        orderBy: [{ batch: { code: "asc" } }, { rollNumber: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
  return {
    ...found,
    rows: found.rows.map(({ user, batch, _count, ...s }) => ({ ...s, name: user.name, email: user.email, batchCode: batch.code, extraCount: _count.extraOfferings })),
  };
}
