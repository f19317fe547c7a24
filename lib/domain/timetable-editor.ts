/**
 * The timetable editor's HTTP contract, written once (the routes are listed in the README's API table): the
 * route handlers validate what they send with these schemas and the editor page parses what it
 * receives with the same ones, so the two cannot drift. Pure zod, no server imports: it is shared by
 * the server and the browser.
 */
import { z } from "zod";

export const ZTimetableStatusSchema = z.enum(["draft", "published", "archived"]);

/** A hard or soft violation of the current timetable, naming the meetings it involves. */
export const ZEditorViolationSchema = z.object({
  constraint: z.string(),
  message: z.string(),
  /** Weighted soft cost; 0 for a hard violation. */
  cost: z.number(),
  /** Absent = soft (the stored SoftViolation rows of a timetable are soft only). */
  hard: z.boolean().default(false),
  /** The TimetableEntry ids involved, so the page can point at their cells; absent = not known. */
  entryIds: z.array(z.string()).default([]),
});

export const ZEditorTimetableSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: ZTimetableStatusSchema,
  version: z.number().int(),
  termId: z.string(),
  baseTimetableId: z.string().nullable(),
  score: z.number(),
  hardViolations: z.number().int(),
  breakdown: z.record(z.string(), z.number()),
  violations: z.array(ZEditorViolationSchema),
});

export const ZEditorEntrySchema = z.object({
  id: z.string(),
  offeringId: z.string(),
  meetingIndex: z.number().int(),
  subjectCode: z.string(),
  subjectName: z.string(),
  batchCodes: z.array(z.string()),
  facultyName: z.string().nullable(),
  size: z.number().int(),
  /** ISO weekday, 1 = Monday. */
  day: z.number().int(),
  /** First period, 0-based index of the term's periods. */
  period: z.number().int(),
  length: z.number().int(),
  roomId: z.string(),
  roomName: z.string(),
  pinnedTime: z.boolean(),
  pinnedRoom: z.boolean(),
});

export const ZEditorEditSchema = z.object({
  seq: z.number().int(),
  operation: z.string(),
  /** Null when the user who made it was deleted. */
  actorName: z.string().nullable(),
  /** ISO timestamp. */
  at: z.string(),
  summary: z.string(),
  scoreDelta: z.number(),
  hardDelta: z.number().int(),
  undone: z.boolean(),
});

/** GET /api/timetables/:id/editor */
export const ZEditorDataSchema = z.object({
  timetable: ZEditorTimetableSchema,
  days: z.array(z.object({ day: z.number().int(), name: z.string() })),
  periods: z.array(z.object({ index: z.number().int(), label: z.string(), breakAfter: z.boolean() })),
  rooms: z.array(z.object({ id: z.string(), name: z.string(), capacity: z.number().int(), type: z.string() })),
  entries: z.array(ZEditorEntrySchema),
  edits: z.array(ZEditorEditSchema),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

export const ZRoomOptionSchema = z.object({
  roomId: z.string(),
  roomName: z.string(),
  free: z.boolean(),
  scoreDelta: z.number(),
  reasons: z.array(z.string()),
});

/** One start cell for the meeting: free = no hard conflict in its best room. */
export const ZCellOptionSchema = z.object({
  day: z.number().int(),
  period: z.number().int(),
  free: z.boolean(),
  scoreDelta: z.number(),
  /** Why the cell is blocked, in lib/solver/hard-messages.ts phrases; empty when free. */
  reasons: z.array(z.string()),
  rooms: z.array(ZRoomOptionSchema),
});

/** GET /api/timetables/:id/options?entryId=X */
export const ZOptionsResponseSchema = z.object({
  entryId: z.string(),
  version: z.number().int(),
  cells: z.array(ZCellOptionSchema),
});

const entryId = z.string().min(1, "must be an entry id");
const roomId = z.string().min(1, "must be a room id");
const isoDay = z.number().int().min(1, "must be an ISO weekday (1-7)").max(7, "must be an ISO weekday (1-7)");
const periodIndex = z.number().int().min(0, "must be a period index (0 or more)");
/** True confirms a move that adds a hard violation; without it the server answers 422 with the reasons. */
const force = z.boolean().optional();

/** A meeting at a place: one step of a "moves" operation and of a suggestion. */
export const ZMeetingMoveSchema = z.strictObject({ entryId, day: isoDay, period: periodIndex, roomId });

// Strict objects: an unknown field is a client bug the server names (400) rather than ignores.
export const ZEditOperationSchema = z.discriminatedUnion("type", [
  /** No roomId: the best room of that cell (the options' first room). */
  z.strictObject({ type: z.literal("move"), entryId, day: isoDay, period: periodIndex, roomId: roomId.optional(), force }),
  z.strictObject({ type: z.literal("room"), entryId, roomId, force }),
  z.strictObject({ type: z.literal("swap"), entryId, otherEntryId: entryId, swapRooms: z.boolean().optional(), force }),
  /** Both false = unpin. */
  z.strictObject({ type: z.literal("pin"), entryId, time: z.boolean(), room: z.boolean() }),
  /** Several meetings at once, one undoable edit: how a suggestion is applied. */
  z.strictObject({
    type: z.literal("moves"),
    moves: z.array(ZMeetingMoveSchema).min(1, "must list at least one move").max(10, "must list at most 10 moves"),
    force,
  }),
  z.strictObject({ type: z.literal("undo") }),
  z.strictObject({ type: z.literal("redo") }),
]);

/** POST /api/timetables/:id/operations */
export const ZOperationRequestSchema = z.strictObject({ version: z.number().int().min(0, "must be the timetable's version (0 or more)"), operation: ZEditOperationSchema });

/** GET /api/timetables/:id/suggestions?entryId=X: up to 10, best first; apply one with a "moves" operation. */
export const ZSuggestionsResponseSchema = z.object({
  version: z.number().int(),
  suggestions: z.array(
    z.object({
      moves: z.array(ZMeetingMoveSchema),
      scoreDelta: z.number(),
      hardDelta: z.number().int(),
      summary: z.string(),
    }),
  ),
});

export const ZOperationResponseSchema = z.object({
  version: z.number().int(),
  score: z.number(),
  hardViolations: z.number().int(),
  breakdown: z.record(z.string(), z.number()),
  violations: z.array(ZEditorViolationSchema),
  /** The entries the operation changed, as they are now. */
  entries: z.array(ZEditorEntrySchema),
  edit: ZEditorEditSchema,
});

/** 409 body when the operation was made against an older version: nothing was written. */
export const ZStaleResponseSchema = z.object({ error: z.string(), currentVersion: z.number().int() });

/** 422 body when the operation would add a hard violation and force was not set. */
export const ZHardConflictResponseSchema = z.object({ error: z.string(), reasons: z.array(z.string()) });

/** POST /api/timetables/:id/drafts */
export const ZCreateDraftResponseSchema = z.object({ timetableId: z.string() });

export type TEditorViolation = z.infer<typeof ZEditorViolationSchema>;
export type TEditorTimetable = z.infer<typeof ZEditorTimetableSchema>;
export type TEditorEntry = z.infer<typeof ZEditorEntrySchema>;
export type TEditorEdit = z.infer<typeof ZEditorEditSchema>;
export type TEditorData = z.infer<typeof ZEditorDataSchema>;
export type TRoomOption = z.infer<typeof ZRoomOptionSchema>;
export type TCellOption = z.infer<typeof ZCellOptionSchema>;
export type TOptionsResponse = z.infer<typeof ZOptionsResponseSchema>;
export type TEditOperation = z.infer<typeof ZEditOperationSchema>;
/** The operations that change placements or pins (undo and redo replay them). */
export type TChangeOperation = Exclude<TEditOperation, { type: "undo" } | { type: "redo" }>;
export type TMeetingMove = z.infer<typeof ZMeetingMoveSchema>;
export type TSuggestionsResponse = z.infer<typeof ZSuggestionsResponseSchema>;
export type TOperationRequest = z.infer<typeof ZOperationRequestSchema>;
export type TOperationResponse = z.infer<typeof ZOperationResponseSchema>;
export type TStaleResponse = z.infer<typeof ZStaleResponseSchema>;
export type THardConflictResponse = z.infer<typeof ZHardConflictResponseSchema>;
export type TCreateDraftResponse = z.infer<typeof ZCreateDraftResponseSchema>;
