import type { Metadata } from "next";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { CSV_ENTITIES, CSV_ENTITY_SPECS } from "@/lib/formats/csv/csv-entity-specs";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "CSV import" };

export default async function ImportPage() {
  await requirePageUser({ permission: "data.manage" });
  const entities = CSV_ENTITIES.map((entity) => ({
    value: entity,
    label: CSV_ENTITY_SPECS[entity].label,
    columns: CSV_ENTITY_SPECS[entity].columns.map((c) => ({ name: c.name, required: c.required })),
  }));
  return (
    <>
      <PageHeader
        title="CSV import"
        description="Upload a CSV file (UTF-8, at most 2 MB), check it, then import it. Rows are matched by code or email: importing again updates them. Extra offerings are added to what students already take; a fixed slot for a numbered meeting moves that meeting's pin."
      />
      <Card>
        <CardBody>
          <ImportForm entities={entities} />
        </CardBody>
      </Card>
    </>
  );
}
