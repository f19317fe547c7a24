/** What the "Calendar subscription" panel shows about a user's feeds. Types only. */

/** A feed just created: its URL holds the plain token, available this once (only a hash is stored). */
export type CreatedCalendarToken = { url: string; createdAt: string };

export type CalendarSubscriptionStatus = { activeTokens: number; lastCreatedAt: string | null; lastUsedAt: string | null };
