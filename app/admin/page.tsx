import type { Metadata } from "next";
import Link from "next/link";
import { RoleHome } from "@/components/layout/role-home";
import { Card, CardBody } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";
import { getUserDepartment } from "@/lib/server/auth/get-user-department";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  { href: "/admin/data", title: "Data", description: "Terms, the weekly grid, rooms, faculty, batches and course offerings." },
  { href: "/admin/generate", title: "Generate", description: "Start a background run that produces timetable variants for a term." },
  { href: "/admin/jobs", title: "Jobs", description: "Progress and results of generation runs; cancel one that is not needed." },
  { href: "/admin/timetables", title: "Timetables", description: "Compare variants, publish one, archive old ones." },
  { href: "/timetable", title: "Published views", description: "Any department, batch, faculty member or room; downloads and print." },
];

export default async function AdminHomePage() {
  const user = await requirePageUser({ roles: ["ADMIN", "REGISTRAR"] });
  const department = await getUserDepartment({ departmentId: user.departmentId });

  return (
    <RoleHome user={user} department={department} description="Describe the term, generate timetables, publish one.">
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Card className="h-full">
              <CardBody>
                <h2 className="text-base">
                  <Link href={section.href}>{section.title}</Link>
                </h2>
                <p className="mt-1 text-sm text-muted">{section.description}</p>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </RoleHome>
  );
}
