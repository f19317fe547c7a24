/**
 * Deletes a room unless a timetable places meetings in it: those entries would lose their room,
 * so the registrar is told which timetables use it instead. Its unavailability goes with it.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { deleteRefused, notFound } from "./data-errors";

export interface DeleteRoomOptions {
  id: string;
  actorId: string;
}

export async function deleteRoom({ id, actorId }: DeleteRoomOptions): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const room = await tx.room.findUnique({ where: { id } });
    if (!room) throw notFound("Room");
    const timetables = await tx.timetable.findMany({
      where: { entries: { some: { roomId: id } } },
      select: { name: true, status: true },
      orderBy: { createdAt: "desc" },
      take: 3,
    });
    if (timetables.length > 0) {
      const names = timetables.map((t) => `${t.name} (${t.status.toLowerCase()})`).join(", ");
      throw deleteRefused(`Room ${room.code} cannot be deleted: it is used by timetable ${names}. Archive or delete those timetables first.`);
    }
    await tx.room.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "delete", entity: "Room", entityId: id, before: room });
    return { id };
  });
}
