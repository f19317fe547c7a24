/**
 * The rooms a term's room list chooses from: the university's rooms (shared or of a university
 * department) and rooms of the term's own departments, never another term's own: neither rooms of an
 * imported instance's department nor rooms only such a term lists (one added by CSV while working on
 * it). `listedByTermId` also says which of them that term lists, to start a new term from.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { departmentInTerm } from "@/lib/server/terms/term-scope";

export async function listTermRoomChoices({ termId, listedByTermId }: { termId?: string; listedByTermId?: string } = {}) {
  const rows = await prisma.room.findMany({
    where: {
      AND: [
        { OR: [{ departmentId: null }, { department: termId ? departmentInTerm(termId) : { termId: null } }] },
        { NOT: { AND: [{ terms: { some: {} } }, { terms: { every: { ...(termId ? { termId: { not: termId } } : {}), term: { departments: { some: {} } } } } }] } },
      ],
    },
    select: { id: true, code: true, type: true, capacity: true, terms: listedByTermId ? { where: { termId: listedByTermId }, select: { termId: true } } : false },
    orderBy: { code: "asc" },
  });
  return {
    options: rows.map((r) => ({ value: r.id, label: `${r.code} (${r.type}, ${r.capacity})` })),
    listedIds: rows.filter((r) => (r.terms?.length ?? 0) > 0).map((r) => r.id),
  };
}
