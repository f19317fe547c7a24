// Creates a calendar feed token for a user and returns its URL, the only time the plain token is
// ever available. Earlier tokens stay valid (a phone and a laptop may each subscribe); "revoke"
// ends all of them.
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { calendarFeedUrl, generateCalendarToken } from "./calendar-token-secret";
import type { CreatedCalendarToken } from "@/lib/domain/calendar-subscription";

export type CreateCalendarTokenOptions = { userId: string; baseUrl: string };

// Enough for every device a person owns; more usually means a script creating URLs in a loop.
export const MAX_ACTIVE_CALENDAR_TOKENS = 10;

export async function createCalendarToken({ userId, baseUrl }: CreateCalendarTokenOptions): Promise<CreatedCalendarToken> {
  const { token, tokenHash } = generateCalendarToken();
  const created = await prisma.$transaction(async (tx) => {
    // Two requests at once (a double click, two devices) must not both pass the count: the user's
    // row is the lock that puts them one after the other.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const active = await tx.calendarToken.count({ where: { userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_CALENDAR_TOKENS) {
      throw new AppError("CONFLICT", `You already have ${active} feed URLs; revoke them before creating another`);
    }
    const row = await tx.calendarToken.create({ data: { userId, tokenHash }, select: { id: true, createdAt: true } });
    // Who opened a feed onto their timetable, and when; never the token itself.
    await recordAudit(tx, { actorId: userId, action: "create", entity: "CalendarToken", entityId: row.id, after: { createdAt: row.createdAt } });
    return row;
  });
  return { url: calendarFeedUrl(baseUrl, token), createdAt: created.createdAt.toISOString() };
}
