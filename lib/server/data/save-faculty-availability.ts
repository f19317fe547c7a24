/**
 * Replaces a faculty member's availability and preferences with the grid's cells, in one
 * transaction with an audit entry holding the old and new cells.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TAvailabilityInput } from "@/lib/validation/availability";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { notFound } from "./data-errors";

export async function saveFacultyAvailability({ input, actorId }: { input: TAvailabilityInput; actorId: string }): Promise<{ id: string }> {
  const facultyId = input.ownerId;
  return prisma.$transaction(async (tx) => {
    const faculty = await tx.facultyProfile.findUnique({ where: { id: facultyId }, select: { id: true } });
    if (!faculty) throw notFound("Faculty member");
    const before = await tx.facultySlot.findMany({ where: { facultyId }, select: { day: true, period: true, preference: true }, orderBy: [{ day: "asc" }, { period: "asc" }] });
    await tx.facultySlot.deleteMany({ where: { facultyId } });
    await tx.facultySlot.createMany({ data: input.cells.map((c) => ({ ...c, facultyId })) });
    await recordAudit(tx, { actorId, action: "update", entity: "FacultySlot", entityId: facultyId, before, after: input.cells });
    return { id: facultyId };
  });
}
