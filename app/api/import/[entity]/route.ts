// POST /api/import/:entity?mode=preview|commit, body: the CSV file's bytes.
// preview -> 200 { rows, errors }; commit -> 201 { created, updated }.
// A file that cannot be read (empty, over 2 MB, not UTF-8, wrong columns), or a commit of a file
// with any error -> 422 { error, details: [{ row, column, message }] } and nothing is written.
import { AppError } from "@/lib/domain/app-error";
import { withAuth } from "@/lib/api/with-auth";
import type { CsvEntity } from "@/lib/formats/csv/csv-entity-specs";
import { MAX_CSV_BYTES } from "@/lib/formats/csv/decode-csv-bytes";
import { commitCsvImport } from "@/lib/server/import/commit-csv-import";
import { countCsvImportChanges } from "@/lib/server/import/count-csv-import-changes";
import { previewCsvImport } from "@/lib/server/import/preview-csv-import";
import { getCurrentTerm } from "@/lib/server/terms/current-term";
import { ZImportCommitResponseSchema, ZImportEntitySchema, ZImportModeSchema, ZImportPreviewResponseSchema } from "./route.types";

/** Refuses an oversized upload from its declared length, before reading it into memory. */
async function readBody(req: Request): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_CSV_BYTES) {
    throw new AppError("UNPROCESSABLE", "The file is too large", [{ row: 0, column: "", message: `The file is ${(declared / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB` }]);
  }
  return new Uint8Array(await req.arrayBuffer());
}

export const POST = withAuth<{ entity: string }>(
  async (req, { user, params }) => {
    const entity = ZImportEntitySchema.parse(params.entity) as CsvEntity;
    const mode = ZImportModeSchema.parse(new URL(req.url).searchParams.get("mode") ?? "preview");
    const bytes = await readBody(req);
    if (mode === "commit") {
      const { term } = await getCurrentTerm(new URL(req.url).searchParams.get("termId") ?? undefined);
      const counts = await commitCsvImport({ entity, bytes, actorId: user.id, termId: term?.id });
      return Response.json(ZImportCommitResponseSchema.parse(counts), { status: 201 });
    }
    const preview = await previewCsvImport({ entity, bytes });
    if (!preview.readable) throw new AppError("UNPROCESSABLE", preview.errors[0]?.message ?? "The file cannot be read", preview.errors);
    const changes =
      preview.errors.length === 0 && preview.rows.length > 0
        ? await countCsvImportChanges({ entity, rows: preview.rows, termId: (await getCurrentTerm(new URL(req.url).searchParams.get("termId") ?? undefined)).term?.id })
        : undefined;
    const body = { rows: preview.rows.map((r) => ({ row: r.row, values: r.data as Record<string, unknown> })), errors: preview.errors, changes };
    return Response.json(ZImportPreviewResponseSchema.parse(body));
  },
  { permission: "data.manage" },
);
