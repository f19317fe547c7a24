/**
 * Creates a room, or updates it when input.id is set, with its audit entry, in one transaction. A new
 * room is listed for `termId` (the term being worked on) and no other term.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { TRoomInput } from "@/lib/validation/room";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, notFound } from "./data-errors";

export interface SaveRoomOptions {
  input: TRoomInput;
  actorId: string;
  /** The term a new room is added to. */
  termId?: string;
}

export async function saveRoom({ input, actorId, termId }: SaveRoomOptions): Promise<{ id: string }> {
  const { id, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const clash = await tx.room.findUnique({ where: { code: data.code }, select: { id: true } });
    if (clash && clash.id !== id) throw fieldConflict("code", `Room code ${data.code} is already in use`);
    if (!id) {
      const room = await tx.room.create({ data });
      if (termId) await tx.termRoom.create({ data: { termId, roomId: room.id } });
      await recordAudit(tx, { actorId, action: "create", entity: "Room", entityId: room.id, after: { ...room, termId } });
      return { id: room.id };
    }
    const before = await tx.room.findUnique({ where: { id } });
    if (!before) throw notFound("Room");
    const after = await tx.room.update({ where: { id }, data });
    await recordAudit(tx, { actorId, action: "update", entity: "Room", entityId: id, before, after });
    return { id };
  });
}
