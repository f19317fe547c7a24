/** Subjects matching a search (code, name or department code), a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentInTerm } from "@/lib/server/terms/term-scope";
import { findDataPage } from "./paging";

export async function listSubjects({ q, page = 1, termId }: { q?: string; page?: number; termId?: string } = {}) {
  const search = q?.trim();
  const matching: Prisma.SubjectWhereInput | undefined = search
    ? {
        OR: [
          { code: { contains: search, mode: "insensitive" } },
          { name: { contains: search, mode: "insensitive" } },
          { department: { code: { contains: search, mode: "insensitive" } } },
        ],
      }
    : undefined;
  const where: Prisma.SubjectWhereInput = { AND: [matching ?? {}, termId ? { department: departmentInTerm(termId) } : {}] };
  return findDataPage(
    page,
    () => prisma.subject.count({ where }),
    ({ skip, take }) =>
      prisma.subject.findMany({
        where,
        select: { id: true, code: true, name: true, credits: true, roomType: true, departmentId: true, department: { select: { code: true } }, _count: { select: { offerings: true } } },
        orderBy: [{ code: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
}
