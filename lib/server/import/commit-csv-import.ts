/**
 * Imports a CSV file all-or-nothing: the file is checked again inside ONE transaction (so nothing
 * changed between preview and import can slip through), and any error aborts before a single row
 * is written. Rows are upserted by their key (code or email), so importing the same file twice
 * leaves the same data. One audit entry records the import.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { viewDataChanges } from "@/lib/server/timetable-views/view-data-changes";
import type { CsvEntity } from "@/lib/formats/csv/csv-entity-specs";
import { CSV_ENTITY_SPECS } from "@/lib/formats/csv/csv-entity-specs";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { ImportCounts, RowWriter } from "./import-types";
import { previewCsvImport } from "./preview-csv-import";
import { ROW_WRITERS } from "./row-writers";

export interface CommitCsvImportOptions {
  entity: CsvEntity;
  bytes: Uint8Array;
  actorId: string;
  /** The term being worked on: new rooms are listed for it (and for no other term). */
  termId?: string;
}

// Thousands of students are thousands of upserts: allow more than Prisma's 5 s default.
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

export async function commitCsvImport({ entity, bytes, actorId, termId }: CommitCsvImportOptions): Promise<ImportCounts> {
  const imported = await prisma.$transaction(async (tx) => {
    const checked = await previewCsvImport({ entity, bytes, tx });
    if (checked.errors.length > 0) {
      throw new AppError("UNPROCESSABLE", `The file has ${checked.errors.length} problem(s); nothing was imported`, checked.errors);
    }
    const write = ROW_WRITERS[entity] as RowWriter<CsvEntity>;
    const spec = CSV_ENTITY_SPECS[entity];
    const counts = await write(tx, checked.rows.map((r) => r.data) as never, { termId });
    await recordAudit(tx, {
      actorId,
      action: "import",
      entity: spec.label,
      after: { ...counts, keys: checked.rows.map((r) => (spec.key as (row: unknown) => string)(r.data)) },
    });
    return counts;
  }, IMPORT_TRANSACTION);
  // Timetable views cached in this process show the imported names from the next request on.
  viewDataChanges.changedHere();
  return imported;
}
