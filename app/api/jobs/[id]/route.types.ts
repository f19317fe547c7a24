import { z } from "zod";
import { ZJobViewSchema, type TBlocker, type TVariantView } from "@/lib/domain/generation-job-view";

export const ZJobIdParamsSchema = z.object({ id: z.string().min(1) });

/** One job with its variants: lib/domain/generation-job-view.ts. */
export const ZGetJobResponseSchema = ZJobViewSchema;

export type { TBlocker };
export type TJobVariant = TVariantView;
export type TGetJobResponse = z.infer<typeof ZGetJobResponseSchema>;
