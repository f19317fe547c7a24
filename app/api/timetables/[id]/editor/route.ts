// GET /api/timetables/:id/editor: the editor page's data (entries, grid, rooms, figures, edit log); 304 while unchanged.
import { withAuth } from "@/lib/api/with-auth";
import { editorViewTag, getEditorView } from "@/lib/server/timetables/editor/get-editor-view";
import { ZTimetableIdParams } from "@/lib/validation/timetable-editor-params";

export const GET = withAuth<{ id: string }>(
  async (req, { params }) => {
    const { id } = ZTimetableIdParams.parse(params);
    const tag = await editorViewTag(id);
    // no-cache: the browser keeps the body but asks every time, so a change shows on the next poll.
    const headers = { "cache-control": "private, no-cache", ...(tag ? { etag: tag } : {}) };
    if (tag && req.headers.get("if-none-match") === tag) return new Response(null, { status: 304, headers });
    return Response.json(await getEditorView({ timetableId: id }), { headers });
  },
  { permission: "timetable.edit" },
);
