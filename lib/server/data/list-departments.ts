/** Departments matching a search (code or name), with what each owns. */
import "server-only";
import { prisma } from "@/lib/db";
import { departmentInTerm } from "@/lib/server/terms/term-scope";

export async function listDepartments({ q, termId }: { q?: string; termId?: string } = {}) {
  const search = q?.trim();
  return prisma.department.findMany({
    where: {
      AND: [
        search ? { OR: [{ code: { contains: search, mode: "insensitive" } }, { name: { contains: search, mode: "insensitive" } }] } : {},
        termId ? departmentInTerm(termId) : {},
      ],
    },
    select: { id: true, code: true, name: true, _count: { select: { faculty: true, subjects: true, batches: true } } },
    orderBy: { code: "asc" },
  });
}
