/** Subjects matching a search (code, name or department code). */
import { prisma } from "@/lib/db";

export async function listSubjects({ q }: { q?: string } = {}) {
  const search = q?.trim();
  return prisma.subject.findMany({
    where: search
      ? {
          OR: [
            { code: { contains: search, mode: "insensitive" } },
            { name: { contains: search, mode: "insensitive" } },
            { department: { code: { contains: search, mode: "insensitive" } } },
          ],
        }
      : undefined,
    select: { id: true, code: true, name: true, credits: true, roomType: true, departmentId: true, department: { select: { code: true } }, _count: { select: { offerings: true } } },
    orderBy: { code: "asc" },
    take: 500,
  });
}
