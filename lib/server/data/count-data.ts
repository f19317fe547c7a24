/** How many of each entity the data overview shows for one term (see term-scope), or in all. */
import "server-only";
import { prisma } from "@/lib/db";
import { departmentInTerm, roomInTerm } from "@/lib/server/terms/term-scope";

export interface DataCount {
  label: string;
  count: number;
  href: string;
}

export async function countData({ termId }: { termId?: string } = {}): Promise<DataCount[]> {
  const department = termId ? departmentInTerm(termId) : {};
  const ofTerm = termId ? { termId } : {};
  const [departments, rooms, faculty, subjects, batches, terms, offerings, students, fixedSlots, weightProfiles] = await Promise.all([
    prisma.department.count({ where: department }),
    prisma.room.count({ where: termId ? roomInTerm(termId) : {} }),
    prisma.facultyProfile.count({ where: { department } }),
    prisma.subject.count({ where: { department } }),
    prisma.batch.count({ where: { department } }),
    prisma.term.count(),
    prisma.offering.count({ where: ofTerm }),
    prisma.studentProfile.count({ where: { batch: { department } } }),
    prisma.fixedSlot.count({ where: ofTerm }),
    prisma.weightProfile.count(),
  ]);
  return [
    { label: "Departments", count: departments, href: "/admin/data/departments" },
    { label: "Rooms", count: rooms, href: "/admin/data/rooms" },
    { label: "Faculty", count: faculty, href: "/admin/data/faculty" },
    { label: "Subjects", count: subjects, href: "/admin/data/subjects" },
    { label: "Batches", count: batches, href: "/admin/data/batches" },
    { label: "Offerings", count: offerings, href: "/admin/data/offerings" },
    { label: "Terms", count: terms, href: "/admin/data/terms" },
    { label: "Students", count: students, href: "/admin/data/students" },
    { label: "Fixed slots", count: fixedSlots, href: "/admin/data/fixed-slots" },
    { label: "Weight profiles", count: weightProfiles, href: "/admin/data/weight-profiles" },
  ];
}
