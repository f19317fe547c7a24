/**
 * Creates a faculty member (a FACULTY user plus its FacultyProfile) or updates both, in one
 * transaction with its audit entry. The email is the key: it must not belong to another user.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TFacultyInput } from "@/lib/validation/faculty";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, notFound } from "./data-errors";
import { unusablePasswordHash } from "./unusable-password";

export interface SaveFacultyOptions {
  input: TFacultyInput;
  actorId: string;
}

export async function saveFaculty({ input, actorId }: SaveFacultyOptions): Promise<{ id: string }> {
  const { id, name, email, departmentId, ...profile } = input;
  return prisma.$transaction(async (tx) => {
    const existing = id ? await tx.facultyProfile.findUnique({ where: { id }, include: { user: { select: { id: true, name: true, email: true } } } }) : null;
    if (id && !existing) throw notFound("Faculty member");
    const emailOwner = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (emailOwner && emailOwner.id !== existing?.userId) throw fieldConflict("email", `${email} already belongs to another user`);

    if (!existing) {
      const created = await tx.facultyProfile.create({
        data: {
          ...profile,
          department: { connect: { id: departmentId } },
          user: { create: { name, email, role: "FACULTY", departmentId, passwordHash: unusablePasswordHash() } },
        },
      });
      await recordAudit(tx, { actorId, action: "create", entity: "FacultyProfile", entityId: created.id, after: { ...created, name, email } });
      return { id: created.id };
    }
    await tx.user.update({ where: { id: existing.userId }, data: { name, email, departmentId } });
    const after = await tx.facultyProfile.update({ where: { id: existing.id }, data: { ...profile, departmentId } });
    const { user, ...beforeProfile } = existing;
    await recordAudit(tx, {
      actorId,
      action: "update",
      entity: "FacultyProfile",
      entityId: existing.id,
      before: { ...beforeProfile, name: user.name, email: user.email },
      after: { ...after, name, email },
    });
    return { id: existing.id };
  });
}
