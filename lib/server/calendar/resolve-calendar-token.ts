// Finds whose feed a token opens. Unknown, malformed and revoked tokens, and those of a deactivated
// user, are all NOT_FOUND, so the response says nothing about which tokens once existed. A
// deactivated user's tokens are refused rather than revoked: reactivating them revives the feeds
// their calendar apps already hold.
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { TimetableViewer } from "@/lib/server/timetable-views/view-access-rules";
import { hashCalendarToken, isWellFormedCalendarToken } from "./calendar-token-secret";

export type ResolveCalendarTokenOptions = { token: string; now?: Date };

export type CalendarTokenOwner = TimetableViewer;

// Calendar apps poll every few minutes to hours; one "last used" write per window is plenty.
const LAST_USED_RESOLUTION_MS = 10 * 60_000;

export async function resolveCalendarToken({ token, now = new Date() }: ResolveCalendarTokenOptions): Promise<CalendarTokenOwner> {
  if (!isWellFormedCalendarToken(token)) throw new AppError("NOT_FOUND", "Calendar feed not found");
  const tokenHash = hashCalendarToken(token);
  const found = await prisma.calendarToken.findFirst({
    where: { tokenHash, revokedAt: null, user: { deactivatedAt: null } },
    select: { id: true, user: { select: { id: true, role: true, departmentId: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "Calendar feed not found");
  await prisma.calendarToken.updateMany({
    where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
    data: { lastUsedAt: now },
  });
  return found.user;
}
