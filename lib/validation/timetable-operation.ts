/**
 * The editor's operations (POST /api/timetables/:id/operations), written once: the route parses
 * with these and the page builds its requests from the inferred types. Days are ISO weekdays and
 * periods Period.index, as stored on TimetableEntry. See EDITOR-CONTRACT.md and the README.
 */
import { z } from "zod";

const entryId = z.string().min(1, "must be an entry id");
const roomId = z.string().min(1, "must be a room id");
const isoDay = z.number().int().min(1, "must be an ISO weekday (1-7)").max(7, "must be an ISO weekday (1-7)");
const periodIndex = z.number().int().min(0, "must be a period index (0 or more)");
/** True confirms a move that adds a hard violation; without it the server answers 422 with the reasons. */
const force = z.boolean().optional();

export const ZMoveOperation = z.strictObject({ type: z.literal("move"), entryId, day: isoDay, period: periodIndex, roomId: roomId.optional(), force });
export const ZRoomOperation = z.strictObject({ type: z.literal("room"), entryId, roomId, force });
export const ZSwapOperation = z.strictObject({ type: z.literal("swap"), entryId, otherEntryId: entryId, swapRooms: z.boolean().optional(), force });
export const ZPinOperation = z.strictObject({ type: z.literal("pin"), entryId, time: z.boolean(), room: z.boolean() });
/** Several meetings at once: how a suggestion (GET .../suggestions) is applied, as one undoable edit. */
export const ZMovesOperation = z.strictObject({
  type: z.literal("moves"),
  moves: z
    .array(z.strictObject({ entryId, day: isoDay, period: periodIndex, roomId }))
    .min(1, "must list at least one move")
    .max(10, "must list at most 10 moves"),
  force,
});
export const ZUndoOperation = z.strictObject({ type: z.literal("undo") });
export const ZRedoOperation = z.strictObject({ type: z.literal("redo") });

export const ZTimetableOperation = z.discriminatedUnion("type", [
  ZMoveOperation,
  ZRoomOperation,
  ZSwapOperation,
  ZPinOperation,
  ZMovesOperation,
  ZUndoOperation,
  ZRedoOperation,
]);

export const ZOperationRequest = z.strictObject({
  version: z.number().int().min(0, "must be the timetable's version (0 or more)"),
  operation: ZTimetableOperation,
});

export type TimetableOperation = z.infer<typeof ZTimetableOperation>;
export type OperationRequest = z.infer<typeof ZOperationRequest>;
/** The operations that change placements or pins, as logged (undo and redo replay them). */
export type EditOperation = Exclude<TimetableOperation, { type: "undo" } | { type: "redo" }>;
