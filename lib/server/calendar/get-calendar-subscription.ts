// What the "Calendar subscription" panel can show about a user's feeds. The URL itself cannot be
// shown again: only its hash is stored.
import "server-only";
import { prisma } from "@/lib/db";

import type { CalendarSubscriptionStatus } from "@/lib/domain/calendar-subscription";

export type GetCalendarSubscriptionOptions = { userId: string };

export async function getCalendarSubscription({ userId }: GetCalendarSubscriptionOptions): Promise<CalendarSubscriptionStatus> {
  const stats = await prisma.calendarToken.aggregate({
    where: { userId, revokedAt: null },
    _count: { _all: true },
    _max: { createdAt: true, lastUsedAt: true },
  });
  return {
    activeTokens: stats._count._all,
    lastCreatedAt: stats._max.createdAt?.toISOString() ?? null,
    lastUsedAt: stats._max.lastUsedAt?.toISOString() ?? null,
  };
}
