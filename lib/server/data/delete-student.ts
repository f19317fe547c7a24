/** Deletes a student's account (profile and extra offerings go with it), with an audit entry. */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { notFound } from "./data-errors";

export async function deleteStudent({ id, actorId }: { id: string; actorId: string }): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const student = await tx.studentProfile.findUnique({ where: { id }, include: { user: { select: { name: true, email: true } } } });
    if (!student) throw notFound("Student");
    await tx.user.delete({ where: { id: student.userId } });
    const { user, ...profile } = student;
    await recordAudit(tx, { actorId, action: "delete", entity: "StudentProfile", entityId: id, before: { ...profile, ...user } });
    return { id };
  });
}
