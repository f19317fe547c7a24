// Revokes every live feed token of one user. Rows are kept with revokedAt (not deleted) so that
// "last used" stays visible for support questions; resolve-calendar-token ignores them.
import "server-only";
import { prisma } from "@/lib/db";

export type RevokeCalendarTokensOptions = { userId: string; now?: Date };

export async function revokeCalendarTokens({ userId, now = new Date() }: RevokeCalendarTokensOptions): Promise<{ revoked: number }> {
  // Ownership is part of the where: a user can only ever revoke their own tokens.
  const { count } = await prisma.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return { revoked: count };
}
