/** Faculty matching a search (name, email or department code), for the faculty list, a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentInTerm } from "@/lib/server/terms/term-scope";
import { findDataPage } from "./paging";

export async function listFaculty({ q, page = 1, termId }: { q?: string; page?: number; termId?: string } = {}) {
  const search = q?.trim();
  const matching: Prisma.FacultyProfileWhereInput | undefined = search
    ? {
        OR: [
          { user: { name: { contains: search, mode: "insensitive" } } },
          { user: { email: { contains: search, mode: "insensitive" } } },
          { department: { code: { contains: search, mode: "insensitive" } } },
        ],
      }
    : undefined;
  const where: Prisma.FacultyProfileWhereInput = { AND: [matching ?? {}, termId ? { department: departmentInTerm(termId) } : {}] };
  const found = await findDataPage(
    page,
    () => prisma.facultyProfile.count({ where }),
    ({ skip, take }) =>
      prisma.facultyProfile.findMany({
        where,
        select: {
          id: true,
          title: true,
          maxPeriodsPerDay: true,
          maxPeriodsPerWeek: true,
          user: { select: { name: true, email: true } },
          department: { select: { code: true } },
          _count: { select: { offerings: true } },
        },
        // id last: names repeat, and the order must be stable for no row to show on two pages.
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        skip,
        take,
      }),
  );
  return {
    ...found,
    rows: found.rows.map(({ user, department, _count, ...f }) => ({ ...f, name: user.name, email: user.email, departmentCode: department.code, offeringCount: _count.offerings })),
  };
}
