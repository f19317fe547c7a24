// GET /api/calendar/<token>.ics -> the token owner's own timetable as a calendar subscription.
// No session: calendar apps cannot sign in, so the unguessable token in the path is the credential
// (proxy.ts lets /api/calendar/ through for this reason).
import { toErrorResponse } from "@/lib/api/errors";
import { observeRequest } from "@/lib/api/observe-request";
import { AppError } from "@/lib/domain/app-error";
import { getCalendarFeed } from "@/lib/server/calendar/get-calendar-feed";
import { toFeedResponse } from "@/lib/server/timetable-views/to-download-response";

const FEED_SUFFIX = ".ics";

export function GET(req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  return observeRequest(req, async () => {
    try {
      const { token: segment } = await params;
      if (!segment.endsWith(FEED_SUFFIX)) throw new AppError("NOT_FOUND", "Calendar feed not found");
      const file = await getCalendarFeed({ token: segment.slice(0, -FEED_SUFFIX.length) });
      return toFeedResponse(file, req);
    } catch (error) {
      return toErrorResponse(error);
    }
  });
}
