// GET /api/import/:entity/template.csv: the header and one example row of the entity's CSV.
import { withAuth } from "@/lib/api/with-auth";
import type { CsvEntity } from "@/lib/formats/csv/csv-entity-specs";
import { csvTemplate } from "@/lib/formats/csv/csv-template";
import { ZImportEntitySchema } from "../route.types";

export const GET = withAuth<{ entity: string }>(
  async (_req, { params }) => {
    const entity = ZImportEntitySchema.parse(params.entity) as CsvEntity;
    return new Response(csvTemplate(entity), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${entity}-template.csv"` },
    });
  },
  { permission: "data.manage" },
);
