import "server-only";
import { prisma } from "@/lib/db";

export async function getFixedSlot({ id }: { id: string }) {
  return prisma.fixedSlot.findUnique({ where: { id }, select: { id: true, termId: true, offeringId: true, meetingIndex: true, day: true, period: true, roomId: true } });
}
