/**
 * CSV text -> header + records (papaparse), checking the columns against what the entity expects:
 * every required column present, no unknown or repeated column. Column names are matched
 * case-insensitively with spaces as underscores ("Department Code" = "department_code").
 */
import Papa from "papaparse";
import { fileError, HEADER_ROW, type CsvError } from "./csv-error";

export interface CsvColumn {
  name: string;
  required: boolean;
  /** A value for the downloadable template. */
  example: string;
  description?: string;
}

export interface CsvRecord {
  /** Spreadsheet row number (header = 1). */
  row: number;
  values: Record<string, string>;
}

/** Records that have the header's shape, and every problem found; both may be non-empty. */
export interface ParsedCsvTable {
  records: CsvRecord[];
  errors: CsvError[];
}

export const MAX_CSV_ROWS = 20_000;

export function normaliseColumnName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function parseCsvTable(text: string, columns: CsvColumn[]): ParsedCsvTable {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  if (!header || header.length === 0) return { records: [], errors: [fileError("The file has no header row")] };

  const names = header.map(normaliseColumnName);
  const known = new Set(columns.map((c) => c.name));
  const errors: CsvError[] = [];
  names.forEach((name, i) => {
    if (!known.has(name)) errors.push({ row: HEADER_ROW, column: header[i], message: `unknown column; expected ${columns.map((c) => c.name).join(", ")}` });
    else if (names.indexOf(name) !== i) errors.push({ row: HEADER_ROW, column: header[i], message: "column appears twice" });
  });
  for (const column of columns) {
    if (column.required && !names.includes(column.name)) errors.push({ row: HEADER_ROW, column: column.name, message: "required column is missing" });
  }
  if (errors.length > 0) return { records: [], errors };
  if (body.length === 0) return { records: [], errors: [fileError("The file has a header but no rows")] };
  if (body.length > MAX_CSV_ROWS) return { records: [], errors: [fileError(`The file has ${body.length} rows; import at most ${MAX_CSV_ROWS} at a time`)] };

  // Quoting mistakes (an unterminated "...) swallow the following lines: report them, never guess.
  for (const problem of parsed.errors) {
    if (problem.type === "Quotes") errors.push({ row: (problem.row ?? 0) + 1, column: "", message: `${problem.message.replace(/\.$/, "")}: check the quotes` });
  }
  if (errors.length > 0) return { records: [], errors };

  const records: CsvRecord[] = [];
  body.forEach((cells, i) => {
    const row = HEADER_ROW + 1 + i;
    if (cells.length !== names.length) {
      errors.push({ row, column: "", message: `has ${cells.length} cells; the header has ${names.length}` });
      return;
    }
    records.push({ row, values: Object.fromEntries(names.map((name, j) => [name, cells[j].trim()])) });
  });
  return { records, errors };
}
