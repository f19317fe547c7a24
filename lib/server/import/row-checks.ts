/**
 * Checks some entities' rows need beyond "does each named record exist": run by the preview, and
 * so again by the commit inside its transaction, on the rows whose references all exist.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvEntity, CsvRowOf } from "@/lib/formats/csv/csv-entity-specs";
import type { CsvError } from "@/lib/formats/csv/csv-error";
import type { ValidatedCsvRow } from "@/lib/formats/csv/validate-csv-rows";
import { matchExtraOfferings } from "./match-extra-offerings";

export type RowCheck<E extends CsvEntity> = (tx: Prisma.TransactionClient, rows: ValidatedCsvRow<CsvRowOf<E>>[]) => Promise<CsvError[]>;

export const ROW_CHECKS: { [E in CsvEntity]?: RowCheck<E> } = {
  "extra-offerings": async (tx, rows) => {
    const matches = await matchExtraOfferings(
      tx,
      rows.map((r) => r.data),
    );
    return rows.flatMap((r, i) => {
      const match = matches[i];
      return "message" in match ? [{ row: r.row, column: match.column, message: match.message }] : [];
    });
  },
};
