/**
 * The terms, subjects, faculty and batches an offering form chooses from, as { value, label } lists:
 * the subjects, faculty and batches shown with the offering's term (see term-scope).
 */
import "server-only";
import { prisma } from "@/lib/db";
import { departmentInTerm } from "@/lib/server/terms/term-scope";

export async function listOfferingChoices({ termId }: { termId?: string } = {}) {
  const department = termId ? departmentInTerm(termId) : {};
  const [terms, subjects, faculty, batches] = await Promise.all([
    prisma.term.findMany({ select: { id: true, name: true }, orderBy: { firstDay: "desc" } }),
    prisma.subject.findMany({ where: { department }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    prisma.facultyProfile.findMany({
      where: { department },
      select: { id: true, user: { select: { name: true } }, department: { select: { code: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    prisma.batch.findMany({ where: { department }, select: { id: true, code: true, size: true }, orderBy: { code: "asc" } }),
  ]);
  return {
    terms: terms.map((t) => ({ value: t.id, label: t.name })),
    subjects: subjects.map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` })),
    faculty: faculty.map((f) => ({ value: f.id, label: `${f.user.name} (${f.department.code})` })),
    batches: batches.map((b) => ({ value: b.id, label: `${b.code} (${b.size})` })),
  };
}
