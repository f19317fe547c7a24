// Parameters shared by the editor's routes (drafts, editor, options, operations, suggestions).
import { z } from "zod";
import { AppError } from "@/lib/domain/app-error";
import { formatZodError } from "@/lib/domain/zod-error-message";

export const ZTimetableIdParams = z.object({ id: z.string().min(1) });

const ZEntryQuery = z.object({ entryId: z.string({ error: "is required" }).min(1, "is required") });

/** ?entryId= of the options and suggestions routes: 400 naming it when missing. */
export function entryIdFrom(req: Request): string {
  const parsed = ZEntryQuery.safeParse({ entryId: new URL(req.url).searchParams.get("entryId") ?? undefined });
  if (!parsed.success) throw new AppError("BAD_REQUEST", formatZodError(parsed.error));
  return parsed.data.entryId;
}
