/** Departments a generation can be limited to (the Generate form's scope checkboxes). */
import "server-only";
import { prisma } from "@/lib/db";

export interface ScopeDepartment {
  id: string;
  code: string;
  name: string;
}

export async function listScopeDepartments(): Promise<ScopeDepartment[]> {
  return prisma.department.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
}
