// POST /api/timetables/:id/drafts: edit a timetable. A published one gets a new draft copied from it (201); a draft is its own (200).
import { withAuth } from "@/lib/api/with-auth";
import { createDraft } from "@/lib/server/timetables/create-draft";
import { ZTimetableIdParams } from "@/lib/validation/timetable-editor-params";

export const POST = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { id } = ZTimetableIdParams.parse(params);
    const draft = await createDraft({ timetableId: id });
    return Response.json({ timetableId: draft.timetableId }, { status: draft.created ? 201 : 200 });
  },
  { permission: "timetable.edit" },
);
