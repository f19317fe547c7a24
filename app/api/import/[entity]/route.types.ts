import { z } from "zod";
import { CSV_ENTITIES } from "@/lib/formats/csv/csv-entity-specs";

export const ZImportEntitySchema = z.enum(CSV_ENTITIES as [string, ...string[]], { error: `must be one of ${CSV_ENTITIES.join(", ")}` });
export const ZImportModeSchema = z.enum(["preview", "commit"], { error: "mode must be preview or commit" });

export const ZCsvErrorSchema = z.object({ row: z.number(), column: z.string(), message: z.string() });

/** 200 on preview: every row that could be read, and every problem (the file imports only when errors is empty). */
export const ZImportPreviewResponseSchema = z.object({
  rows: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.unknown()) })),
  errors: z.array(ZCsvErrorSchema),
  /** What importing it would do; present when the file has no errors. */
  changes: z.object({ created: z.number(), updated: z.number() }).optional(),
});

/** 201 on commit. */
export const ZImportCommitResponseSchema = z.object({ created: z.number(), updated: z.number() });

export type TCsvError = z.infer<typeof ZCsvErrorSchema>;
export type TImportPreviewResponse = z.infer<typeof ZImportPreviewResponseSchema>;
export type TImportCommitResponse = z.infer<typeof ZImportCommitResponseSchema>;
