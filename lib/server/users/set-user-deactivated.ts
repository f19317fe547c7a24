/**
 * An admin deactivates or reactivates a user. Deactivating stamps User.deactivatedAt and revokes
 * every live session in the same transaction (so the user is signed out on every web process within
 * SESSION_RECHECK_MS, at once on this one); sign-in and calendar feeds check the stamp. Reactivating
 * clears it: the user signs in again, and their existing feed URLs work again. Both are audited.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { forgetCachedSessions, revokeLiveSessionsTx } from "@/lib/server/auth/user-sessions";

export type SetUserDeactivatedOptions = { userId: string; actorId: string; deactivated: boolean };

export type SetUserDeactivatedResult = { id: string; deactivatedAt: Date | null; revokedSessions: number };

export async function setUserDeactivated({ userId, actorId, deactivated }: SetUserDeactivatedOptions): Promise<SetUserDeactivatedResult> {
  // An admin locking themselves out could leave nobody able to undo it.
  if (deactivated && userId === actorId) throw new AppError("CONFLICT", "You cannot deactivate your own account");
  const { result, revoked } = await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, deactivatedAt: true } });
    if (!before) throw new AppError("NOT_FOUND", "User not found");
    // Deactivating twice keeps the first date (when access really ended); either way is idempotent.
    const deactivatedAt = deactivated ? (before.deactivatedAt ?? new Date()) : null;
    if (deactivatedAt?.getTime() !== before.deactivatedAt?.getTime()) {
      await tx.user.update({ where: { id: userId }, data: { deactivatedAt } });
    }
    const revoked = deactivated ? await revokeLiveSessionsTx(tx, userId) : [];
    await recordAudit(tx, {
      actorId,
      action: "update",
      entity: "User",
      entityId: userId,
      before: { email: before.email, deactivatedAt: before.deactivatedAt },
      after: { email: before.email, deactivatedAt, revokedSessions: revoked.length },
    });
    return { result: { id: userId, deactivatedAt, revokedSessions: revoked.length }, revoked };
  });
  forgetCachedSessions(revoked);
  return result;
}
