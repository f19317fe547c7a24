/** Batches matching a search (code or department code), a page at a time. */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departmentInTerm } from "@/lib/server/terms/term-scope";
import { findDataPage } from "./paging";

export async function listBatches({ q, page = 1, termId }: { q?: string; page?: number; termId?: string } = {}) {
  const search = q?.trim();
  const matching: Prisma.BatchWhereInput | undefined = search
    ? { OR: [{ code: { contains: search, mode: "insensitive" } }, { department: { code: { contains: search, mode: "insensitive" } } }] }
    : undefined;
  const where: Prisma.BatchWhereInput = { AND: [matching ?? {}, termId ? { department: departmentInTerm(termId) } : {}] };
  return findDataPage(
    page,
    () => prisma.batch.count({ where }),
    ({ skip, take }) =>
      prisma.batch.findMany({
        where,
        select: {
          id: true,
          code: true,
          semesterNumber: true,
          size: true,
          departmentId: true,
          department: { select: { code: true } },
          _count: { select: { students: true, offerings: true } },
        },
        orderBy: [{ code: "asc" }, { id: "asc" }],
        skip,
        take,
      }),
  );
}
