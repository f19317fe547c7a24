/**
 * Checks some entities' rows need beyond "does each named record exist": run by the preview, and
 * so again by the commit inside its transaction, on the rows whose references all exist.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvEntity, CsvRowOf } from "@/lib/formats/csv/csv-entity-specs";
import type { CsvError } from "@/lib/formats/csv/csv-error";
import type { ValidatedCsvRow } from "@/lib/formats/csv/validate-csv-rows";
import { matchExtraOfferings } from "./match-extra-offerings";
import { matchFixedSlots } from "./match-fixed-slots";
import { isRowProblem, type RowProblem } from "./match-offering";

/** The problems of rows, matched one to one with their results, as CSV errors on the rows' numbers. */
function problemsOf<Row>(rows: ValidatedCsvRow<Row>[], results: (object | RowProblem)[]): CsvError[] {
  return rows.flatMap((r, i) => {
    const result = results[i];
    return isRowProblem(result) ? [{ row: r.row, column: result.column, message: result.message }] : [];
  });
}

export type RowCheck<E extends CsvEntity> = (tx: Prisma.TransactionClient, rows: ValidatedCsvRow<CsvRowOf<E>>[]) => Promise<CsvError[]>;

export const ROW_CHECKS: { [E in CsvEntity]?: RowCheck<E> } = {
  "extra-offerings": async (tx, rows) => problemsOf(rows, await matchExtraOfferings(tx, rows.map((r) => r.data))),
  "fixed-slots": async (tx, rows) => problemsOf(rows, await matchFixedSlots(tx, rows.map((r) => r.data))),
};
