/**
 * A term's publication history, newest first, from the audit log: every publication and roll back
 * is an audit entry written in the same transaction as the publication itself (publish-timetable.ts),
 * so this list cannot disagree with what was published.
 */
import "server-only";
import { prisma } from "@/lib/db";

export interface Publication {
  at: Date;
  timetableId: string | null;
  timetableName: string;
  actorName: string | null;
  rollback: boolean;
}

export async function listPublications({ termId, take = 20 }: { termId: string; take?: number }): Promise<Publication[]> {
  const rows = await prisma.auditLog.findMany({
    where: { entity: "Timetable", action: "publish", after: { path: ["termId"], equals: termId } },
    orderBy: { createdAt: "desc" },
    take,
    select: { createdAt: true, entityId: true, after: true, actor: { select: { name: true } } },
  });
  const ids = rows.flatMap((r) => (r.entityId ? [r.entityId] : []));
  const names = new Map((await prisma.timetable.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((t) => [t.id, t.name]));
  return rows.map((row) => ({
    at: row.createdAt,
    timetableId: row.entityId,
    timetableName: (row.entityId && names.get(row.entityId)) || "(deleted timetable)",
    actorName: row.actor?.name ?? null,
    rollback: (row.after as { rollback?: unknown } | null)?.rollback === true,
  }));
}
