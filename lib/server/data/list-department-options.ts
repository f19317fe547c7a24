import "server-only";
import { prisma } from "@/lib/db";
import { departmentInTerm } from "@/lib/server/terms/term-scope";

/**
 * { value, label } pairs for department pickers: those shown with the term, when one is given, plus
 * `keepId` (the edited record's own department, so editing never silently changes it).
 */
export async function listDepartmentOptions({ termId, keepId }: { termId?: string; keepId?: string | null } = {}) {
  const rows = await prisma.department.findMany({
    where: termId ? { OR: [departmentInTerm(termId), ...(keepId ? [{ id: keepId }] : [])] } : undefined,
    select: { id: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
  return rows.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }));
}
