// POST /api/timetables/:id/operations: one checked, logged edit (move, room, swap, pin, moves, undo, redo).
import { z } from "zod";
import { AppError } from "@/lib/domain/app-error";
import { formatZodError } from "@/lib/domain/zod-error-message";
import { parseJsonBody, withAuth } from "@/lib/api/with-auth";
import { ZOperationRequestSchema } from "@/lib/domain/timetable-editor";
import { applyOperation } from "@/lib/server/timetables/editor/apply-operation";
import { ZTimetableIdParams } from "@/lib/validation/timetable-editor-params";

export const POST = withAuth<{ id: string }>(
  async (req, { user, params }) => {
    const { id } = ZTimetableIdParams.parse(params);
    const parsed = ZOperationRequestSchema.safeParse(await parseJsonBody(req, z.unknown()));
    // 400, not 422: 422 is kept for a well-formed operation that would add a hard violation.
    if (!parsed.success) throw new AppError("BAD_REQUEST", formatZodError(parsed.error));
    return Response.json(await applyOperation({ timetableId: id, request: parsed.data, actor: { id: user.id, name: user.name } }));
  },
  { permission: "timetable.edit" },
);
