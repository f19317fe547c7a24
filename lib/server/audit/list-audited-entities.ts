/** Entity names that appear in the audit log, for the audit page's filter. */
import "server-only";
import { prisma } from "@/lib/db";

export async function listAuditedEntities(): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } });
  return rows.map((r) => r.entity);
}
