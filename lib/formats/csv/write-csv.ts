/**
 * The one CSV writer: every CSV file the app hands out (timetable exports, import templates) is
 * written here, so formula protection is decided once.
 *
 * A cell a spreadsheet would run as a formula (one starting with = + - @, or with a tab or CR,
 * which some spreadsheets skip before looking) gets a leading ' and opens as text. Papa's own
 * `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, whose `.*$` cannot cross a line break, so
 * "=1+1\n" slipped through; the pattern below looks at the first character only.
 */
import Papa from "papaparse";

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvTable = { fields: readonly string[]; rows: readonly (readonly (string | number | null)[])[] };

export function writeCsv({ fields, rows }: CsvTable, { newline = "\r\n" }: { newline?: "\r\n" | "\n" } = {}): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? "")) }, { escapeFormulae: FORMULA_START, newline });
}
