import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvEntity, CsvRowOf } from "@/lib/formats/csv/csv-entity-specs";

export interface ImportCounts {
  created: number;
  updated: number;
}

/** What an import knows beyond its rows: the term being worked on (new rooms are listed for it). */
export interface ImportContext {
  termId?: string;
}

/** Writes one entity's validated rows inside the import transaction: insert new keys, update known ones. */
export type RowWriter<E extends CsvEntity> = (tx: Prisma.TransactionClient, rows: CsvRowOf<E>[], context: ImportContext) => Promise<ImportCounts>;

/** Code -> id for a set of codes; references were checked before writing, so every code is present. */
export async function idsByCode(
  find: (codes: string[]) => Promise<{ id: string; code: string }[]>,
  codes: Iterable<string>,
): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  return new Map((await find(unique)).map((r) => [r.code, r.id]));
}
