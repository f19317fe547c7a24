/** The downloadable template of an entity: its header and one example row. */
import Papa from "papaparse";
import { CSV_ENTITY_SPECS, type CsvEntity } from "./csv-entity-specs";

export function csvTemplate(entity: CsvEntity): string {
  const { columns } = CSV_ENTITY_SPECS[entity];
  return `${Papa.unparse({ fields: columns.map((c) => c.name), data: [columns.map((c) => c.example)] }, { newline: "\n" })}\n`;
}
