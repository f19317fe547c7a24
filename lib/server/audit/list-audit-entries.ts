/** The newest audit entries, optionally of one entity type, with the actor's name. */
import "server-only";
import { prisma } from "@/lib/db";

export interface ListAuditEntriesOptions {
  entity?: string;
  limit?: number;
}

export interface AuditEntryView {
  id: string;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
}

export async function listAuditEntries({ entity, limit = 100 }: ListAuditEntriesOptions = {}): Promise<AuditEntryView[]> {
  const rows = await prisma.auditLog.findMany({
    where: entity ? { entity } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 500),
    select: {
      id: true,
      createdAt: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null, actorEmail: actor?.email ?? null }));
}
