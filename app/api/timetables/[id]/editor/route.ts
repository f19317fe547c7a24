// GET /api/timetables/:id/editor: the editor page's data (entries, grid, rooms, figures, edit log).
import { withAuth } from "@/lib/api/with-auth";
import { getEditorView } from "@/lib/server/timetables/editor/get-editor-view";
import { ZTimetableIdParams } from "@/lib/validation/timetable-editor-params";

export const GET = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { id } = ZTimetableIdParams.parse(params);
    return Response.json(await getEditorView({ timetableId: id }));
  },
  { permission: "timetable.edit" },
);
