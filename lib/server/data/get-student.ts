import "server-only";
import { prisma } from "@/lib/db";

export async function getStudent({ id }: { id: string }) {
  const row = await prisma.studentProfile.findUnique({
    where: { id },
    select: { id: true, batchId: true, rollNumber: true, user: { select: { name: true, email: true } }, extraOfferings: { select: { offeringId: true } } },
  });
  if (!row) return null;
  const { user, extraOfferings, ...student } = row;
  return { ...student, name: user.name, email: user.email, extraOfferingIds: extraOfferings.map((e) => e.offeringId) };
}
