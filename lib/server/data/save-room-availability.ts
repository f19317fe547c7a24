/**
 * Replaces a room's unavailable periods with the grid's cells, in one transaction with an audit
 * entry. Rooms have no preferences: a PREFERRED cell is refused rather than silently dropped.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TAvailabilityInput } from "@/lib/validation/availability";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldInvalid, notFound } from "./data-errors";

export async function saveRoomAvailability({ input, actorId }: { input: TAvailabilityInput; actorId: string }): Promise<{ id: string }> {
  const roomId = input.ownerId;
  if (input.cells.some((c) => c.preference !== "UNAVAILABLE")) throw fieldInvalid("cells", "rooms can only be marked unavailable");
  return prisma.$transaction(async (tx) => {
    const room = await tx.room.findUnique({ where: { id: roomId }, select: { id: true } });
    if (!room) throw notFound("Room");
    const before = await tx.roomUnavailability.findMany({ where: { roomId }, select: { day: true, period: true }, orderBy: [{ day: "asc" }, { period: "asc" }] });
    await tx.roomUnavailability.deleteMany({ where: { roomId } });
    await tx.roomUnavailability.createMany({ data: input.cells.map(({ day, period }) => ({ day, period, roomId })) });
    await recordAudit(tx, { actorId, action: "update", entity: "RoomUnavailability", entityId: roomId, before, after: input.cells.map(({ day, period }) => ({ day, period })) });
    return { id: roomId };
  });
}
