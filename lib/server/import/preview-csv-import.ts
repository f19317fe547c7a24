/**
 * Reads an uploaded CSV file and checks it completely (cells, duplicates, references to existing
 * records) without writing anything: what the preview table shows.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkCsvReferences } from "@/lib/formats/csv/check-csv-references";
import { CSV_ENTITY_SPECS, type CsvEntity, type CsvEntitySpec, type CsvRowOf } from "@/lib/formats/csv/csv-entity-specs";
import type { CsvError } from "@/lib/formats/csv/csv-error";
import { readCsvFile } from "@/lib/formats/csv/read-csv-file";
import type { ValidatedCsvRow } from "@/lib/formats/csv/validate-csv-rows";
import { loadKnownReferences } from "./load-known-references";
import { ROW_CHECKS, type RowCheck } from "./row-checks";

export interface CsvImportPreview<E extends CsvEntity = CsvEntity> {
  readable: boolean;
  rows: ValidatedCsvRow<CsvRowOf<E>>[];
  errors: CsvError[];
}

export interface PreviewCsvImportOptions<E extends CsvEntity> {
  entity: E;
  bytes: Uint8Array;
  /** The commit passes its transaction so the check and the write see the same data. */
  tx?: Prisma.TransactionClient;
}

export async function previewCsvImport<E extends CsvEntity>({ entity, bytes, tx = prisma }: PreviewCsvImportOptions<E>): Promise<CsvImportPreview<E>> {
  const read = readCsvFile(entity, bytes);
  if (!read.readable) return read;
  const spec = CSV_ENTITY_SPECS[entity] as unknown as CsvEntitySpec<CsvRowOf<E>>;
  const referenceErrors = checkCsvReferences(spec, read.rows, await loadKnownReferences(tx));
  const rowCheck = ROW_CHECKS[entity] as RowCheck<E> | undefined;
  const rowsWithUnknownReferences = new Set(referenceErrors.map((e) => e.row));
  const rowsWithKnownReferences = read.rows.filter((r) => !rowsWithUnknownReferences.has(r.row));
  const rowErrors = rowCheck ? await rowCheck(tx, rowsWithKnownReferences) : [];
  const errors = [...read.errors, ...referenceErrors, ...rowErrors].sort((a, b) => a.row - b.row);
  return { readable: true, rows: read.rows, errors };
}
