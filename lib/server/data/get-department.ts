import "server-only";
import { prisma } from "@/lib/db";

export async function getDepartment({ id }: { id: string }) {
  return prisma.department.findUnique({ where: { id }, select: { id: true, code: true, name: true } });
}
