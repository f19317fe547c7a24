/** Batches matching a search (code or department code). */
import { prisma } from "@/lib/db";

export async function listBatches({ q }: { q?: string } = {}) {
  const search = q?.trim();
  return prisma.batch.findMany({
    where: search
      ? { OR: [{ code: { contains: search, mode: "insensitive" } }, { department: { code: { contains: search, mode: "insensitive" } } }] }
      : undefined,
    select: {
      id: true,
      code: true,
      semesterNumber: true,
      size: true,
      departmentId: true,
      department: { select: { code: true } },
      _count: { select: { students: true, offerings: true } },
    },
    orderBy: { code: "asc" },
    take: 1000,
  });
}
