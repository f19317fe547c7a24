import { prisma } from "@/lib/db";

/** { value, label } pairs for department pickers. */
export async function listDepartmentOptions() {
  const rows = await prisma.department.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
  return rows.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }));
}
