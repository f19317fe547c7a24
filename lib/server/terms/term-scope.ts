/**
 * Which shared records belong with a term's data. Offerings, pins and timetables carry their term;
 * departments (and the faculty, subjects and batches under them) are shared by every term unless a
 * department was made for one term only (an imported ITC-2007 instance), and rooms belong to the
 * terms that list them. These filters keep one term's screens free of another term's own records.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Departments shown with a term: the university's own, plus the ones made for this term. */
export function departmentInTerm(termId: string): Prisma.DepartmentWhereInput {
  return { OR: [{ termId: null }, { termId }] };
}

/** Rooms shown with a term: those it lists, and rooms no term lists yet (so they can be added). */
export function roomInTerm(termId: string): Prisma.RoomWhereInput {
  return {
    OR: [
      { terms: { some: { termId } } },
      { AND: [{ terms: { none: {} } }, { OR: [{ departmentId: null }, { department: departmentInTerm(termId) }] }] },
    ],
  };
}
