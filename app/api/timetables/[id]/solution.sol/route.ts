// GET /api/timetables/:id/solution.sol: an ITC-2007 term's timetable as solution lines
// `COURSE ROOM DAY PERIOD` (text/plain), ready for the ITC-2007 validator.
import { withAuth } from "@/lib/api/with-auth";
import { exportTimetableSol } from "@/lib/server/itc/export-timetable-sol";

export const GET = withAuth<{ id: string }>(
  async (_req, { params }) => {
    const { fileName, text } = await exportTimetableSol({ timetableId: params.id });
    return new Response(text, { headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"` } });
  },
  { permission: "timetable.viewAny" },
);
