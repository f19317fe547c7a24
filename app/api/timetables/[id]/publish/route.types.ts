import { z } from "zod";

export const ZTimetableIdParamsSchema = z.object({ id: z.string().min(1) });

export const ZPublishTimetableResponseSchema = z.object({
  id: z.string(),
  termId: z.string(),
  status: z.literal("published"),
  publishedAt: z.string(),
  /** The term's previously published timetable(s), now archived. */
  archivedIds: z.array(z.string()),
});

export type TPublishTimetableResponse = z.infer<typeof ZPublishTimetableResponseSchema>;
