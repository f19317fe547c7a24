/** Terms imported from ITC-2007 instances, with their timetables, for .sol downloads. */
import "server-only";
import { prisma } from "@/lib/db";
import { ITC_ACADEMIC_YEAR } from "./itc-codes";


export async function listItcTerms() {
  return prisma.term.findMany({
    where: { academicYear: ITC_ACADEMIC_YEAR },
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { offerings: true } },
      timetables: { select: { id: true, name: true, status: true, hardViolations: true, score: true }, orderBy: { createdAt: "desc" } },
    },
    orderBy: { createdAt: "desc" },
  });
}
