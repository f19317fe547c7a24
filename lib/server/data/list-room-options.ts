import { prisma } from "@/lib/db";

export async function listRoomOptions() {
  const rows = await prisma.room.findMany({ select: { id: true, code: true, type: true, capacity: true }, orderBy: { code: "asc" } });
  return rows.map((r) => ({ value: r.id, label: `${r.code} (${r.type}, ${r.capacity})` }));
}
