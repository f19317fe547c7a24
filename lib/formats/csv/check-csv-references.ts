/**
 * Checks that every record a row names exists (a department code, a faculty member's email, ...),
 * against sets loaded from the database. Pure, so the rules are unit-tested without a database.
 */
import type { CsvEntitySpec, ReferenceKind } from "./csv-entity-specs";
import type { CsvError } from "./csv-error";
import type { ValidatedCsvRow } from "./validate-csv-rows";

export interface KnownReferences {
  departmentCodes: Set<string>;
  facultyEmails: Set<string>;
  /** Lower-cased emails of users with a student profile. */
  studentEmails: Set<string>;
  batchCodes: Set<string>;
  subjectCodes: Set<string>;
  termNames: Set<string>;
  roomCodes: Set<string>;
  /** Role of every user by lower-cased email: an import must not turn a student into faculty. */
  roleByEmail: Map<string, string>;
}

const MISSING: Record<Exclude<ReferenceKind, "facultyEmailFree" | "studentEmailFree">, [keyof KnownReferences, string]> = {
  department: ["departmentCodes", "unknown department code"],
  faculty: ["facultyEmails", "no faculty member has this email"],
  student: ["studentEmails", "no student has this email"],
  batch: ["batchCodes", "unknown batch code"],
  subject: ["subjectCodes", "unknown subject code"],
  term: ["termNames", "unknown term"],
  room: ["roomCodes", "unknown room code"],
};

export function checkCsvReferences<Row>(spec: CsvEntitySpec<Row>, rows: ValidatedCsvRow<Row>[], known: KnownReferences): CsvError[] {
  const errors: CsvError[] = [];
  for (const { row, data } of rows) {
    for (const reference of spec.references(data)) {
      if (reference.kind === "facultyEmailFree" || reference.kind === "studentEmailFree") {
        const wanted = reference.kind === "facultyEmailFree" ? "FACULTY" : "STUDENT";
        const role = known.roleByEmail.get(reference.value.toLowerCase());
        if (role !== undefined && role !== wanted) errors.push({ row, column: reference.column, message: `${reference.value} belongs to a ${role} user` });
        continue;
      }
      const [set, message] = MISSING[reference.kind];
      if (!(known[set] as Set<string>).has(reference.value)) errors.push({ row, column: reference.column, message: `${message} "${reference.value}"` });
    }
  }
  return errors;
}
