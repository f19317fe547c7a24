import { describe, expect, it } from "vitest";
import { checkCsvReferences, type KnownReferences } from "./check-csv-references";
import { CSV_ENTITIES, CSV_ENTITY_SPECS } from "./csv-entity-specs";
import { csvTemplate } from "./csv-template";
import { readCsvFile } from "./read-csv-file";

const bytes = (text: string) => new TextEncoder().encode(text);

const known: KnownReferences = {
  departmentCodes: new Set(["CSE"]),
  facultyEmails: new Set(["asha.rao@university.edu"]),
  studentEmails: new Set(["s.kumar@students.university.edu"]),
  batchCodes: new Set(["CSE-3A", "CSE-3B"]),
  subjectCodes: new Set(["CS301"]),
  termNames: new Set(["2026-27 Odd semester"]),
  roomCodes: new Set(["LH-101"]),
  roleByEmail: new Map([
    ["asha.rao@university.edu", "FACULTY"],
    ["s.kumar@students.university.edu", "STUDENT"],
  ]),
};

describe("readCsvFile", () => {
  it("reports every bad row with its row number, column and reason, and keeps the good ones", () => {
    const file = ["code,building,capacity,type,department_code", "LH-1,Main,60,LECTURE,CSE", "LH-2,Main,sixty,LECTURE,", "LH-1,Annex,40,LAB,", "LH-3,,10,GYM,"].join("\n");
    const result = readCsvFile("rooms", bytes(file));
    expect(result.readable).toBe(true);
    expect(result.rows.map((r) => [r.row, r.data.code, r.data.capacity])).toEqual([[2, "LH-1", 60]]);
    expect(result.errors).toEqual([
      { row: 3, column: "capacity", message: "must be a number" },
      { row: 4, column: "code", message: "duplicate of row 2 (LH-1)" },
      { row: 5, column: "building", message: "is required" },
      { row: 5, column: "type", message: "must be one of LECTURE, LAB, SEMINAR" },
    ]);
  });

  it("is unreadable with a single file-level error for wrong encoding or columns", () => {
    expect(readCsvFile("rooms", new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xc3, 0x28]))).toEqual({
      readable: false,
      rows: [],
      errors: [{ row: 0, column: "", message: "The file is not valid UTF-8; save it as CSV UTF-8" }],
    });
    const wrongColumns = readCsvFile("batches", bytes("name,size\nX,1\n"));
    expect(wrongColumns.readable).toBe(false);
    expect(wrongColumns.errors.map((e) => e.column)).toEqual(["name", "code", "department_code", "semester"]);
  });

  it("splits batch lists and fills defaults for offerings", () => {
    const file = "term,subject_code,batch_codes,meetings_per_week\n2026-27 Odd semester,CS301,CSE-3B; CSE-3A CSE-3B,3\n";
    const [row] = readCsvFile("offerings", bytes(file)).rows;
    expect(row.data).toMatchObject({ batch_codes: ["CSE-3B", "CSE-3A"], meeting_length: 1, min_days: 1, faculty_email: null });
  });

  it("every template reads back without errors and passes the reference check against matching data", () => {
    for (const entity of CSV_ENTITIES) {
      const result = readCsvFile(entity, bytes(csvTemplate(entity)));
      expect(result.errors, entity).toEqual([]);
      expect(result.rows, entity).toHaveLength(1);
      expect(checkCsvReferences(CSV_ENTITY_SPECS[entity] as never, result.rows, known), entity).toEqual([]);
    }
  });
});

describe("checkCsvReferences", () => {
  it("names unknown departments, faculty emails, batches, and users of another role", () => {
    const faculty = readCsvFile("faculty", bytes("email,name,department_code\ns.kumar@students.university.edu,S Kumar,CSE\nnew@university.edu,New,MECH\n"));
    expect(checkCsvReferences(CSV_ENTITY_SPECS.faculty, faculty.rows, known)).toEqual([
      { row: 2, column: "email", message: "s.kumar@students.university.edu belongs to a STUDENT user" },
      { row: 3, column: "department_code", message: 'unknown department code "MECH"' },
    ]);
    const offerings = readCsvFile("offerings", bytes("term,subject_code,batch_codes,faculty_email,meetings_per_week\n2026-27 Odd semester,CS301,CSE-3A;CSE-9Z,ghost@university.edu,3\n"));
    expect(checkCsvReferences(CSV_ENTITY_SPECS.offerings, offerings.rows, known)).toEqual([
      { row: 2, column: "batch_codes", message: 'unknown batch code "CSE-9Z"' },
      { row: 2, column: "faculty_email", message: 'no faculty member has this email "ghost@university.edu"' },
    ]);
  });
});
