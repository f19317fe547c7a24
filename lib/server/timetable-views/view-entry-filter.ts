// Which entries of a timetable belong to a view, as data, and its SQL. Kept as a small union
// rather than a Prisma where-input so the entries load in one joined query (Prisma issues one query
// per relation level, which made a personal view cost 15 round trips).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type ViewEntryCondition =
  | { kind: "faculty"; facultyId: string }
  | { kind: "batch"; batchId: string }
  | { kind: "extraStudent"; studentId: string }
  // What a department teaches, what its batches attend, and what its faculty teach.
  | { kind: "department"; departmentId: string }
  | { kind: "room"; roomId: string };

/** An entry is in the view when any condition holds (a teaching student: own classes or teaching). */
export type ViewEntryFilter = { anyOf: ViewEntryCondition[] };

/** SQL over aliases e (TimetableEntry), s (Subject) and fp (FacultyProfile) of load-view-entries.ts. */
function conditionSql(condition: ViewEntryCondition): Prisma.Sql {
  switch (condition.kind) {
    case "faculty":
      return Prisma.sql`e."facultyId" = ${condition.facultyId}`;
    case "batch":
      return Prisma.sql`EXISTS (SELECT 1 FROM "OfferingBatch" ob WHERE ob."offeringId" = e."offeringId" AND ob."batchId" = ${condition.batchId})`;
    case "extraStudent":
      return Prisma.sql`EXISTS (SELECT 1 FROM "StudentExtraOffering" x WHERE x."offeringId" = e."offeringId" AND x."studentId" = ${condition.studentId})`;
    case "department":
      return Prisma.sql`(s."departmentId" = ${condition.departmentId}
        OR fp."departmentId" = ${condition.departmentId}
        OR EXISTS (SELECT 1 FROM "OfferingBatch" ob JOIN "Batch" b ON b."id" = ob."batchId"
                   WHERE ob."offeringId" = e."offeringId" AND b."departmentId" = ${condition.departmentId}))`;
    case "room":
      return Prisma.sql`e."roomId" = ${condition.roomId}`;
  }
}

export function viewEntryFilterSql(filter: ViewEntryFilter): Prisma.Sql {
  // No condition means an empty view, never "everything".
  if (filter.anyOf.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(filter.anyOf.map(conditionSql), " OR ")})`;
}
