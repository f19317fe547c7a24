import "server-only";
import { prisma } from "@/lib/db";

export async function getSubject({ id }: { id: string }) {
  return prisma.subject.findUnique({ where: { id }, select: { id: true, code: true, name: true, departmentId: true, credits: true, roomType: true } });
}
