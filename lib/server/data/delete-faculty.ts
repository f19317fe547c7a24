/**
 * Deletes a faculty member (their user account, and with it the profile and availability) unless
 * they teach offerings or appear in a timetable: those would silently lose their teacher.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound, plural } from "./data-errors";

export interface DeleteFacultyOptions {
  id: string;
  actorId: string;
}

export async function deleteFaculty({ id, actorId }: DeleteFacultyOptions): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const faculty = await tx.facultyProfile.findUnique({
      where: { id },
      include: { user: { select: { name: true, email: true } }, _count: { select: { offerings: true, entries: true } } },
    });
    if (!faculty) throw notFound("Faculty member");
    const { _count: uses, user, ...profile } = faculty;
    if (uses.offerings > 0 || uses.entries > 0) {
      const what = [uses.offerings && `teaches ${plural(uses.offerings, "offering")}`, uses.entries && `has ${plural(uses.entries, "timetable meeting")}`]
        .filter(Boolean)
        .join(" and ");
      throw deleteRefused(`${user.name} cannot be deleted: they ${what}. Assign those offerings to someone else first.`);
    }
    await tx.user.delete({ where: { id: faculty.userId } });
    await recordAudit(tx, { actorId, action: "delete", entity: "FacultyProfile", entityId: id, before: { ...profile, ...user } });
    return { id };
  });
}
