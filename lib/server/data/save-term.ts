/**
 * Creates a term with its periods, or updates it (periods replaced by index), with its audit entry.
 *
 * Timetables and pins refer to ISO weekdays and period indices: removing a working day or a period
 * they still use would silently move or drop meetings, so such a change is refused with the reason.
 * Likewise the term's room list (exactly the rooms it may use) must keep the rooms its pinned meetings use.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TTermInput } from "@/lib/validation/term";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fieldConflict, fieldInvalid, notFound } from "./data-errors";

export async function saveTerm({ input, actorId }: { input: TTermInput; actorId: string }): Promise<{ id: string }> {
  const { id, periods, roomIds, ...data } = input;
  const periodRows = periods.map((p, index) => ({ index, ...p }));
  return prisma.$transaction(async (tx) => {
    const clash = await tx.term.findUnique({ where: { name: data.name }, select: { id: true } });
    if (clash && clash.id !== id) throw fieldConflict("name", `A term named "${data.name}" already exists`);
    if (!id) {
      const term = await tx.term.create({ data: { ...data, periods: { create: periodRows } } });
      if (roomIds) await replaceTermRooms(tx, term.id, roomIds);
      await recordAudit(tx, { actorId, action: "create", entity: "Term", entityId: term.id, after: { ...term, periods, roomIds } });
      return { id: term.id };
    }
    const before = await tx.term.findUnique({
      where: { id },
      include: { periods: { orderBy: { index: "asc" }, select: { index: true, startTime: true, endTime: true } }, rooms: { select: { roomId: true } } },
    });
    if (!before) throw notFound("Term");

    const used = [
      ...(await tx.timetableEntry.findMany({ where: { timetable: { termId: id } }, select: { day: true, period: true, length: true }, distinct: ["day", "period", "length"] })),
      ...(await tx.fixedSlot.findMany({ where: { termId: id }, select: { day: true, period: true } })).map((p) => ({ ...p, length: 1 })),
    ];
    const lostDay = used.find((u) => !data.workingDays.includes(u.day));
    if (lostDay) throw fieldInvalid("workingDays", `a timetable or pinned meeting of this term uses ISO day ${lostDay.day}; keep it or archive those first`);
    const lastUsedPeriod = Math.max(-1, ...used.map((u) => u.period + u.length - 1));
    if (lastUsedPeriod >= periodRows.length) throw fieldInvalid("periods", `a timetable or pinned meeting uses period ${lastUsedPeriod + 1}; keep at least ${lastUsedPeriod + 1} periods`);

    await tx.period.deleteMany({ where: { termId: id } });
    const after = await tx.term.update({ where: { id }, data: { ...data, periods: { create: periodRows } } });
    if (roomIds) await replaceTermRooms(tx, id, roomIds);
    await recordAudit(tx, { actorId, action: "update", entity: "Term", entityId: id, before, after: { ...after, periods, roomIds } });
    return { id };
  });
}

/** Replaces the term's room list; refuses unknown rooms, and dropping a room a pinned meeting uses. */
async function replaceTermRooms(tx: Prisma.TransactionClient, termId: string, roomIds: string[]): Promise<void> {
  if ((await tx.room.count({ where: { id: { in: roomIds } } })) !== roomIds.length) throw fieldInvalid("roomIds", "a chosen room no longer exists; reload the page");
  const pinned = await tx.fixedSlot.findFirst({ where: { termId, roomId: { notIn: roomIds } }, select: { room: { select: { code: true } } } });
  if (pinned?.room) throw fieldInvalid("roomIds", `a pinned meeting of this term uses room ${pinned.room.code}; keep it or change that pin first`);
  await tx.termRoom.deleteMany({ where: { termId } });
  await tx.termRoom.createMany({ data: roomIds.map((roomId) => ({ termId, roomId })) });
}
