/** Students matching a search (name, email, roll number or batch code); at most 200 are listed. */
import { prisma } from "@/lib/db";

export async function listStudents({ q }: { q?: string } = {}) {
  const search = q?.trim();
  const rows = await prisma.studentProfile.findMany({
    where: search
      ? {
          OR: [
            { user: { name: { contains: search, mode: "insensitive" } } },
            { user: { email: { contains: search, mode: "insensitive" } } },
            { rollNumber: { contains: search, mode: "insensitive" } },
            { batch: { code: { contains: search, mode: "insensitive" } } },
          ],
        }
      : undefined,
    select: { id: true, rollNumber: true, user: { select: { name: true, email: true } }, batch: { select: { code: true } }, _count: { select: { extraOfferings: true } } },
    orderBy: [{ batch: { code: "asc" } }, { rollNumber: "asc" }],
    take: 200,
  });
  return rows.map(({ user, batch, _count, ...s }) => ({ ...s, name: user.name, email: user.email, batchCode: batch.code, extraCount: _count.extraOfferings }));
}
