/** Deletes a department that owns no faculty, subjects, batches or members; otherwise says what it still owns. */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound, plural } from "./data-errors";

export interface DeleteDepartmentOptions {
  id: string;
  actorId: string;
}

export async function deleteDepartment({ id, actorId }: DeleteDepartmentOptions): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const department = await tx.department.findUnique({
      where: { id },
      include: { _count: { select: { faculty: true, subjects: true, batches: true, users: true } } },
    });
    if (!department) throw notFound("Department");
    const { _count: owned, ...before } = department;
    const uses = [
      owned.faculty && plural(owned.faculty, "faculty member"),
      owned.subjects && plural(owned.subjects, "subject"),
      owned.batches && plural(owned.batches, "batch", "batches"),
      owned.users && plural(owned.users, "user"),
    ].filter(Boolean);
    if (uses.length > 0) {
      throw deleteRefused(`Department ${department.code} cannot be deleted: it still has ${uses.join(", ")}. Move or delete them first.`);
    }
    await tx.department.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "Department", entityId: id, before });
    return { id };
  });
}
