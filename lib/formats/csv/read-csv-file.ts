/**
 * The pure half of an import: bytes -> decoded text -> table -> typed rows, collecting every
 * problem with its row and column. The database half (references, writing) is lib/server/import.
 */
import { CSV_ENTITY_SPECS, type CsvEntity, type CsvEntitySpec, type CsvRowOf } from "./csv-entity-specs";
import type { CsvError } from "./csv-error";
import { decodeCsvBytes } from "./decode-csv-bytes";
import { parseCsvTable } from "./parse-csv-table";
import { validateCsvRows, type ValidatedCsvRow } from "./validate-csv-rows";

export interface ReadCsvFileResult<Row> {
  /** False when the file itself is unusable (not UTF-8, empty, wrong columns): no row could be read. */
  readable: boolean;
  rows: ValidatedCsvRow<Row>[];
  errors: CsvError[];
}

export function readCsvFile<E extends CsvEntity>(entity: E, bytes: Uint8Array): ReadCsvFileResult<CsvRowOf<E>> {
  const spec = CSV_ENTITY_SPECS[entity] as unknown as CsvEntitySpec<CsvRowOf<E>>;
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { readable: false, rows: [], errors: [decoded.error] };
  const table = parseCsvTable(decoded.text, spec.columns);
  if (table.records.length === 0) return { readable: false, rows: [], errors: table.errors };
  const validated = validateCsvRows(spec, table.records);
  const errors = [...table.errors, ...validated.errors].sort((a, b) => a.row - b.row);
  return { readable: true, rows: validated.rows, errors };
}
