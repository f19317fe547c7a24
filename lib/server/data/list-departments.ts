/** Departments matching a search (code or name), with what each owns. */
import { prisma } from "@/lib/db";

export async function listDepartments({ q }: { q?: string } = {}) {
  const search = q?.trim();
  return prisma.department.findMany({
    where: search
      ? { OR: [{ code: { contains: search, mode: "insensitive" } }, { name: { contains: search, mode: "insensitive" } }] }
      : undefined,
    select: { id: true, code: true, name: true, _count: { select: { faculty: true, subjects: true, batches: true } } },
    orderBy: { code: "asc" },
  });
}
