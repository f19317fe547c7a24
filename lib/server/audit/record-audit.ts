/**
 * Writes one AuditLog row. Always called with the transaction that makes the change, so the log and
 * the data cannot disagree: if the change rolls back, so does its audit entry.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction = "create" | "update" | "delete" | "import" | "publish" | "revoke";

export interface RecordAuditOptions {
  actorId: string | null;
  action: AuditAction;
  /** The model name, e.g. "Room". */
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Dates become ISO strings and undefined fields disappear, exactly as they would in an API
 * response; Prisma would otherwise reject class instances inside a Json column.
 */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Prisma.TransactionClient, options: RecordAuditOptions): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: options.actorId,
      action: options.action,
      entity: options.entity,
      entityId: options.entityId ?? null,
      before: toAuditJson(options.before),
      after: toAuditJson(options.after),
    },
  });
}
