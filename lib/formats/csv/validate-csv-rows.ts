/**
 * Records -> typed rows: each record is parsed with the entity's row schema (every bad cell is
 * reported with its row and column), and a key used twice in one file is reported on the later
 * row, since importing both would silently keep only the last.
 */
import type { CsvEntitySpec } from "./csv-entity-specs";
import type { CsvError } from "./csv-error";
import type { CsvRecord } from "./parse-csv-table";

export interface ValidatedCsvRow<Row> {
  row: number;
  data: Row;
}

export interface ValidatedCsvRows<Row> {
  rows: ValidatedCsvRow<Row>[];
  errors: CsvError[];
}

export function validateCsvRows<Row>(spec: CsvEntitySpec<Row>, records: CsvRecord[]): ValidatedCsvRows<Row> {
  const rows: ValidatedCsvRow<Row>[] = [];
  const errors: CsvError[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const record of records) {
    const parsed = spec.schema.safeParse(record.values);
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "");
        if (seen.has(column)) continue;
        seen.add(column);
        errors.push({ row: record.row, column, message: issue.message });
      }
      continue;
    }
    const key = spec.key(parsed.data);
    const first = firstRowByKey.get(key);
    if (first !== undefined) {
      errors.push({ row: record.row, column: spec.keyColumn, message: `duplicate of row ${first} (${record.values[spec.keyColumn]})` });
      continue;
    }
    firstRowByKey.set(key, record.row);
    rows.push({ row: record.row, data: parsed.data });
  }
  return { rows, errors };
}
