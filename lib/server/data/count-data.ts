/** How many of each entity there are, for the data overview. */
import { prisma } from "@/lib/db";

export interface DataCount {
  label: string;
  count: number;
  href: string;
}

export async function countData(): Promise<DataCount[]> {
  const [departments, rooms, faculty, subjects, batches, terms, offerings, students, fixedSlots, weightProfiles] = await Promise.all([
    prisma.department.count(),
    prisma.room.count(),
    prisma.facultyProfile.count(),
    prisma.subject.count(),
    prisma.batch.count(),
    prisma.term.count(),
    prisma.offering.count(),
    prisma.studentProfile.count(),
    prisma.fixedSlot.count(),
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
