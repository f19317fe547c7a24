/** Creates a department, or updates it when input.id is set, with its audit entry. */
import "server-only";
import { prisma } from "@/lib/db";
import type { TDepartmentInput } from "@/lib/validation/department";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, notFound } from "./data-errors";

export interface SaveDepartmentOptions {
  input: TDepartmentInput;
  actorId: string;
}

export async function saveDepartment({ input, actorId }: SaveDepartmentOptions): Promise<{ id: string }> {
  const { id, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const clash = await tx.department.findUnique({ where: { code: data.code }, select: { id: true } });
    if (clash && clash.id !== id) throw fieldConflict("code", `Department code ${data.code} is already in use`);
    if (!id) {
      const department = await tx.department.create({ data });
      await recordAudit(tx, { actorId, action: "create", entity: "Department", entityId: department.id, after: department });
      return { id: department.id };
    }
    const before = await tx.department.findUnique({ where: { id } });
    if (!before) throw notFound("Department");
    const after = await tx.department.update({ where: { id }, data });
    await recordAudit(tx, { actorId, action: "update", entity: "Department", entityId: id, before, after });
    return { id };
  });
}
