import "server-only";
import { prisma } from "@/lib/db";

export async function listWeightProfileOptions() {
  const rows = await prisma.weightProfile.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  return rows.map((p) => ({ value: p.id, label: p.name }));
}
