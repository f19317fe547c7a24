/** One room with its unavailable periods, for the edit page. */
import "server-only";
import { prisma } from "@/lib/db";

export async function getRoom({ id }: { id: string }) {
  return prisma.room.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      building: true,
      capacity: true,
      type: true,
      departmentId: true,
      unavailable: { select: { day: true, period: true } },
    },
  });
}
