/** One faculty member with their availability and preferences, for the edit page. */
import "server-only";
import { prisma } from "@/lib/db";

export async function getFaculty({ id }: { id: string }) {
  const row = await prisma.facultyProfile.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      departmentId: true,
      maxPeriodsPerDay: true,
      maxPeriodsPerWeek: true,
      avoidBackToBack: true,
      user: { select: { name: true, email: true } },
      slots: { select: { day: true, period: true, preference: true } },
    },
  });
  if (!row) return null;
  const { user, ...faculty } = row;
  return { ...faculty, name: user.name, email: user.email };
}
