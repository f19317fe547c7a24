// Revokes every live feed token of one user. Rows are kept with revokedAt (not deleted) so that
// "last used" stays visible for support questions; resolve-calendar-token ignores them.
import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";

export type RevokeCalendarTokensOptions = { userId: string; now?: Date };

export async function revokeCalendarTokens({ userId, now = new Date() }: RevokeCalendarTokensOptions): Promise<{ revoked: number }> {
  return prisma.$transaction(async (tx) => {
    // Ownership is part of the where: a user can only ever revoke their own tokens.
    const { count } = await tx.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    if (count > 0) await recordAudit(tx, { actorId: userId, action: "revoke", entity: "CalendarToken", after: { revoked: count, revokedAt: now } });
    return { revoked: count };
  });
}
