import "server-only";
import { prisma } from "@/lib/db";

export async function getBatch({ id }: { id: string }) {
  return prisma.batch.findUnique({ where: { id }, select: { id: true, code: true, departmentId: true, semesterNumber: true, size: true } });
}
