/**
 * Removes what importing an ITC-2007 instance as a term created (the term and its timetables, the
 * instance's subjects, batches, rooms, teachers and department), for tests that import one into the
 * shared test database.
 */
import { prisma } from "@/lib/db";
import { itcCodePrefix, itcDepartmentCode } from "@/lib/server/itc/itc-codes";

export async function deleteImportedInstance(instanceName: string): Promise<void> {
  const prefix = itcCodePrefix(instanceName);
  // Entries restrict offering deletes: timetables go first, then the term cascades to its offerings.
  await prisma.timetable.deleteMany({ where: { term: { name: instanceName } } });
  await prisma.term.deleteMany({ where: { name: instanceName } });
  await prisma.subject.deleteMany({ where: { code: { startsWith: prefix } } });
  await prisma.batch.deleteMany({ where: { code: { startsWith: prefix } } });
  await prisma.room.deleteMany({ where: { code: { startsWith: prefix } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: `@${prefix.slice(0, -1).toLowerCase()}.itc.invalid` } } });
  await prisma.department.deleteMany({ where: { code: itcDepartmentCode(instanceName) } });
}
