import { describe, expect, it } from "vitest";
import { CSV_ENTITY_SPECS } from "./csv-entity-specs";
import { parseCsvTable } from "./parse-csv-table";

const rooms = CSV_ENTITY_SPECS.rooms.columns;

describe("parseCsvTable", () => {
  it("reads records with spreadsheet row numbers, tolerating header spelling and quoted commas", () => {
    const table = parseCsvTable('Code,Building,CAPACITY,type\r\nLH-1,"Main, east wing",60,LECTURE\r\n\r\nLAB-2,Annex,30,LAB\r\n', rooms);
    expect(table.errors).toEqual([]);
    expect(table.records).toEqual([
      { row: 2, values: { code: "LH-1", building: "Main, east wing", capacity: "60", type: "LECTURE" } },
      { row: 3, values: { code: "LAB-2", building: "Annex", capacity: "30", type: "LAB" } },
    ]);
  });

  it("reports missing, unknown and repeated columns on the header row", () => {
    const table = parseCsvTable("code,bldg,code,capacity\nA,B,C,1\n", rooms);
    expect(table.records).toEqual([]);
    expect(table.errors).toEqual([
      { row: 1, column: "bldg", message: "unknown column; expected code, building, capacity, type, department_code" },
      { row: 1, column: "code", message: "column appears twice" },
      { row: 1, column: "building", message: "required column is missing" },
      { row: 1, column: "type", message: "required column is missing" },
    ]);
  });

  it("reports a row with the wrong number of cells and keeps the others", () => {
    const table = parseCsvTable("code,building,capacity,type\nA,B,1,LAB\nC,D\n", rooms);
    expect(table.records.map((r) => r.row)).toEqual([2]);
    expect(table.errors).toEqual([{ row: 3, column: "", message: "has 2 cells; the header has 4" }]);
  });

  it("says so when there is a header but no rows", () => {
    expect(parseCsvTable("code,building,capacity,type\n", rooms).errors).toEqual([{ row: 0, column: "", message: "The file has a header but no rows" }]);
  });

  it("refuses a file with an unterminated quote instead of reading lines into one cell", () => {
    const table = parseCsvTable('code,building,capacity,type\nA,"Main,1,LAB\nB,Annex,2,LAB\n', rooms);
    expect(table.records).toEqual([]);
    expect(table.errors).toHaveLength(1);
    expect(table.errors[0]).toMatchObject({ row: 2, column: "" });
    expect(table.errors[0].message).toMatch(/quote/i);
  });
});
