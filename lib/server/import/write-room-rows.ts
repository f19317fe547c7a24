import "server-only";
import { idsByCode, type RowWriter } from "./import-types";

// New rooms are listed for the term being worked on only; known rooms keep their terms.

export const writeRoomRows: RowWriter<"rooms"> = async (tx, rows, { termId }) => {
  const existing = new Set((await tx.room.findMany({ where: { code: { in: rows.map((r) => r.code) } }, select: { code: true } })).map((r) => r.code));
  const departments = await idsByCode((codes) => tx.department.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }), rows.flatMap((r) => (r.department_code ? [r.department_code] : [])));
  for (const r of rows) {
    const data = { building: r.building, capacity: r.capacity, type: r.type, departmentId: r.department_code ? departments.get(r.department_code)! : null };
    const room = await tx.room.upsert({ where: { code: r.code }, create: { code: r.code, ...data }, update: data, select: { id: true } });
    if (termId && !existing.has(r.code)) await tx.termRoom.create({ data: { termId, roomId: room.id } });
  }
  return { created: rows.filter((r) => !existing.has(r.code)).length, updated: rows.filter((r) => existing.has(r.code)).length };
};
