/**
 * The timetable editor's HTTP contract, written once (see /work/helpers/EDITOR-CONTRACT.md): the
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

const force = z.boolean().optional();

export const ZEditOperationSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("move"), entryId: z.string().min(1), day: z.number().int(), period: z.number().int(), roomId: z.string().min(1).optional(), force }),
  z.object({ type: z.literal("room"), entryId: z.string().min(1), roomId: z.string().min(1), force }),
  z.object({ type: z.literal("swap"), entryId: z.string().min(1), otherEntryId: z.string().min(1), swapRooms: z.boolean().optional(), force }),
  /** Both false = unpin. */
  z.object({ type: z.literal("pin"), entryId: z.string().min(1), time: z.boolean(), room: z.boolean() }),
  z.object({ type: z.literal("undo") }),
  z.object({ type: z.literal("redo") }),
]);

/** POST /api/timetables/:id/operations */
export const ZOperationRequestSchema = z.object({ version: z.number().int().min(0), operation: ZEditOperationSchema });

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
export type TOperationRequest = z.infer<typeof ZOperationRequestSchema>;
export type TOperationResponse = z.infer<typeof ZOperationResponseSchema>;
export type TStaleResponse = z.infer<typeof ZStaleResponseSchema>;
export type THardConflictResponse = z.infer<typeof ZHardConflictResponseSchema>;
export type TCreateDraftResponse = z.infer<typeof ZCreateDraftResponseSchema>;
