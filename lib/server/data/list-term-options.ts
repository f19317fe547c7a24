/** Terms, newest first, as { value, label } for pickers. */
import "server-only";
import { prisma } from "@/lib/db";

export async function listTermOptions() {
  const terms = await prisma.term.findMany({ select: { id: true, name: true }, orderBy: [{ firstDay: "desc" }, { createdAt: "desc" }] });
  return terms.map((t) => ({ value: t.id, label: t.name }));
}
