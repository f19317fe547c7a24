// Creates a calendar feed token for a user and returns its URL, the only time the plain token is
// ever available. Earlier tokens stay valid (a phone and a laptop may each subscribe); "revoke"
// ends all of them.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db";
import { calendarFeedUrl, generateCalendarToken } from "./calendar-token-secret";

export type CreateCalendarTokenOptions = { userId: string; baseUrl: string };

export type CreatedCalendarToken = { url: string; createdAt: string };

// Enough for every device a person owns; more usually means a script creating URLs in a loop.
export const MAX_ACTIVE_CALENDAR_TOKENS = 10;

export async function createCalendarToken({ userId, baseUrl }: CreateCalendarTokenOptions): Promise<CreatedCalendarToken> {
  const active = await prisma.calendarToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_CALENDAR_TOKENS) {
    throw new AppError("CONFLICT", `You already have ${active} feed URLs; revoke them before creating another`);
  }
  const { token, tokenHash } = generateCalendarToken();
  const created = await prisma.calendarToken.create({ data: { userId, tokenHash }, select: { createdAt: true } });
  return { url: calendarFeedUrl(baseUrl, token), createdAt: created.createdAt.toISOString() };
}
