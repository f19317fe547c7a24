// POST /api/timetables/:id/publish: make a draft the term's published timetable (409 when it cannot be).
import { withAuth } from "@/lib/api/with-auth";
import { publishTimetable } from "@/lib/server/timetables/publish-timetable";
import { ZPublishTimetableResponseSchema, ZTimetableIdParamsSchema } from "./route.types";

export const POST = withAuth<{ id: string }>(
  async (_req, { user, params }) => {
    const { id } = ZTimetableIdParamsSchema.parse(params);
    const published = await publishTimetable({ timetableId: id, publishedById: user.id });
    return Response.json(
      ZPublishTimetableResponseSchema.parse({ ...published, status: "published", publishedAt: published.publishedAt.toISOString() }),
    );
  },
  { permission: "timetable.publish" },
);
