import "server-only";
import { prisma } from "@/lib/db";
import { roomInTerm } from "@/lib/server/terms/term-scope";

/** { value, label } pairs for room pickers: those shown with the term, when one is given. */
export async function listRoomOptions({ termId }: { termId?: string } = {}) {
  const rows = await prisma.room.findMany({
    where: termId ? roomInTerm(termId) : undefined,
    select: { id: true, code: true, type: true, capacity: true },
    orderBy: { code: "asc" },
  });
  return rows.map((r) => ({ value: r.id, label: `${r.code} (${r.type}, ${r.capacity})` }));
}
