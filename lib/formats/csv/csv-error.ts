/**
 * One problem found in an uploaded CSV file. `row` is the spreadsheet row: the header is row 1 and
 * the first record row 2, so the number matches what the registrar sees in their spreadsheet.
 * Problems with the whole file (empty, not UTF-8) use row 0 and an empty column.
 */
export interface CsvError {
  row: number;
  column: string;
  message: string;
}

export const FILE_ROW = 0;
export const HEADER_ROW = 1;

export function fileError(message: string): CsvError {
  return { row: FILE_ROW, column: "", message };
}
