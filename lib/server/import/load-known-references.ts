/** The codes, emails and names CSV rows may refer to, read in the import's transaction. */
import "server-only";
import type { KnownReferences } from "@/lib/formats/csv/check-csv-references";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function loadKnownReferences(tx: Prisma.TransactionClient): Promise<KnownReferences> {
  // Sequential: the queries of one interactive transaction share one connection.
  const departments = await tx.department.findMany({ select: { code: true } });
  const faculty = await tx.facultyProfile.findMany({ select: { user: { select: { email: true } } } });
  const students = await tx.studentProfile.findMany({ select: { user: { select: { email: true } } } });
  const batches = await tx.batch.findMany({ select: { code: true } });
  const subjects = await tx.subject.findMany({ select: { code: true } });
  const terms = await tx.term.findMany({ select: { name: true } });
  const rooms = await tx.room.findMany({ select: { code: true } });
  const users = await tx.user.findMany({ select: { email: true, role: true } });
  return {
    departmentCodes: new Set(departments.map((d) => d.code)),
    facultyEmails: new Set(faculty.map((f) => f.user.email.toLowerCase())),
    studentEmails: new Set(students.map((s) => s.user.email.toLowerCase())),
    batchCodes: new Set(batches.map((b) => b.code)),
    subjectCodes: new Set(subjects.map((s) => s.code)),
    termNames: new Set(terms.map((t) => t.name)),
    roomCodes: new Set(rooms.map((r) => r.code)),
    roleByEmail: new Map(users.map((u) => [u.email.toLowerCase(), u.role])),
  };
}
