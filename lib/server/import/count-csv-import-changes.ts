/**
 * How many rows an import would create and how many it would update: the entity's own writer run
 * inside a transaction that is then rolled back, so the preview's counts are exactly what the
 * import would do (each writer decides per key, and some keys span several columns) and nothing is
 * written. Only for files without errors.
 */
import "server-only";
import { prisma } from "@/lib/db";
import type { CsvEntity, CsvRowOf } from "@/lib/formats/csv/csv-entity-specs";
import type { ValidatedCsvRow } from "@/lib/formats/csv/validate-csv-rows";
import type { ImportCounts, RowWriter } from "./import-types";
import { ROW_WRITERS } from "./row-writers";

class DryRunRollback extends Error {
  constructor(readonly counts: ImportCounts) {
    super("dry run rolled back");
  }
}

export async function countCsvImportChanges<E extends CsvEntity>({ entity, rows, termId }: { entity: E; rows: ValidatedCsvRow<CsvRowOf<E>>[]; termId?: string }): Promise<ImportCounts> {
  const write = ROW_WRITERS[entity] as RowWriter<CsvEntity>;
  try {
    await prisma.$transaction(
      async (tx) => {
        throw new DryRunRollback(await write(tx, rows.map((r) => r.data) as never, { termId }));
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.counts;
    throw error;
  }
  throw new Error("unreachable: the dry run always rolls back");
}
