import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./write-csv";

describe("writeCsv", () => {
  const dangerous = ["=1+1", "=1+1\n", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", "=HYPERLINK(\"x\")\r\nsecond line"];

  it("prefixes every cell a spreadsheet would run as a formula, whatever follows on later lines", () => {
    const csv = writeCsv({ fields: ["Value"], rows: dangerous.map((v) => [v]) });
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((row) => row[0]);
    // Read back as text, each cell is the original behind a ' (which spreadsheets show as text).
    expect(parsed).toEqual(dangerous.map((v) => `'${v}`));
  });

  it("leaves ordinary cells, numbers and empty cells alone", () => {
    const csv = writeCsv({ fields: ["A", "B", "C"], rows: [["Rao, Asha", 42, null], ["a=b", "x\n=y", ""]] });
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data).toEqual([
      ["A", "B", "C"],
      ["Rao, Asha", "42", ""],
      ["a=b", "x\n=y", ""],
    ]);
  });

  it("protects a formula on any row, not only the first", () => {
    const csv = writeCsv({ fields: ["Name"], rows: [["ok"], ["ok"], ["=cmd|' /C calc'!A0\n"]] }, { newline: "\n" });
    expect(csv.split("\n")[3]).toBe(`"'=cmd|' /C calc'!A0`);
  });
});
