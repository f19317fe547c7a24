/** Faculty matching a search (name, email or department code), for the faculty list. */
import { prisma } from "@/lib/db";

export async function listFaculty({ q }: { q?: string } = {}) {
  const search = q?.trim();
  const rows = await prisma.facultyProfile.findMany({
    where: search
      ? {
          OR: [
            { user: { name: { contains: search, mode: "insensitive" } } },
            { user: { email: { contains: search, mode: "insensitive" } } },
            { department: { code: { contains: search, mode: "insensitive" } } },
          ],
        }
      : undefined,
    select: {
      id: true,
      title: true,
      maxPeriodsPerDay: true,
      maxPeriodsPerWeek: true,
      user: { select: { name: true, email: true } },
      department: { select: { code: true } },
      _count: { select: { offerings: true } },
    },
    orderBy: { user: { name: "asc" } },
    take: 500,
  });
  return rows.map(({ user, department, _count, ...f }) => ({ ...f, name: user.name, email: user.email, departmentCode: department.code, offeringCount: _count.offerings }));
}
