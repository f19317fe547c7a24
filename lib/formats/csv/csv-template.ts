/** The downloadable template of an entity: its header and one example row. */
import { writeCsv } from "./write-csv";
import { CSV_ENTITY_SPECS, type CsvEntity } from "./csv-entity-specs";

export function csvTemplate(entity: CsvEntity): string {
  const { columns } = CSV_ENTITY_SPECS[entity];
  return `${writeCsv({ fields: columns.map((c) => c.name), rows: [columns.map((c) => c.example)] }, { newline: "\n" })}\n`;
}
