// The signed-in user's calendar feed tokens.
// GET    -> { activeTokens, lastCreatedAt, lastUsedAt }
// POST   -> 201 { url, createdAt }   (the only time the feed URL can be read)
// DELETE -> { revoked }              (every live token of this user)
import { withAuth } from "@/lib/api/with-auth";
import { createCalendarToken } from "@/lib/server/calendar/create-calendar-token";
import { getCalendarSubscription } from "@/lib/server/calendar/get-calendar-subscription";
import { publicBaseUrl } from "@/lib/server/calendar/public-base-url";
import { revokeCalendarTokens } from "@/lib/server/calendar/revoke-calendar-tokens";

const NO_STORE = { "Cache-Control": "private, no-store" };

export const GET = withAuth(async (_req, { user }) => Response.json(await getCalendarSubscription({ userId: user.id }), { headers: NO_STORE }), {
  permission: "timetable.viewOwn",
});

export const POST = withAuth(
  async (req, { user }) =>
    Response.json(await createCalendarToken({ userId: user.id, baseUrl: publicBaseUrl(req) }), { status: 201, headers: NO_STORE }),
  { permission: "timetable.viewOwn" },
);

export const DELETE = withAuth(async (_req, { user }) => Response.json(await revokeCalendarTokens({ userId: user.id })), {
  permission: "timetable.viewOwn",
});
