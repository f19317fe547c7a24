// POST /api/timetables/:id/publish: make a draft (or, to roll back, an archived timetable) the term's
// published timetable (409 when it cannot be). GET: what publishing it would change, for the confirmation.
import { withAuth } from "@/lib/api/with-auth";
import { ZPublicationPreviewSchema } from "@/lib/domain/timetable-changes";
import { previewPublication } from "@/lib/server/timetables/preview-publication";
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

export const GET = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { id } = ZTimetableIdParamsSchema.parse(params);
    return Response.json(ZPublicationPreviewSchema.parse(await previewPublication({ timetableId: id })));
  },
  { permission: "timetable.publish" },
);
