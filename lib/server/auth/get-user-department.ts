import "server-only";
import { prisma } from "@/lib/db";

import type { UserDepartment } from "@/lib/domain/user-department";

export type GetUserDepartmentOptions = { departmentId: string | null };

/** The signed-in user's department for headings, or null for users outside any department. */
export async function getUserDepartment({ departmentId }: GetUserDepartmentOptions): Promise<UserDepartment | null> {
  if (!departmentId) return null;
  return prisma.department.findUnique({ where: { id: departmentId }, select: { id: true, code: true, name: true } });
}
