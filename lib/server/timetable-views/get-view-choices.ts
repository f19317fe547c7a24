// What the view picker may offer a viewer: every department, batch, faculty member and room for
// those who may view any timetable; their own department's for a head of department; nothing for
// faculty and students (they see their own week). Authorization is in each query's where.
import "server-only";
import { hasPermission } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { facultyDisplayName } from "./timetable-view-row";
import type { TimetableViewer } from "./view-access-rules";
import type { ViewChoice, ViewChoices } from "@/lib/domain/timetable-view";

export type GetViewChoicesOptions = { viewer: TimetableViewer };

const NO_CHOICES: ViewChoices = { departments: [], batches: [], faculty: [], rooms: [], terms: [] };

/** Where-inputs limiting each list to what the viewer may open, or null when they may open none. */
function choiceFilters(viewer: TimetableViewer) {
  if (hasPermission(viewer.role, "timetable.viewAny")) {
    return { department: {}, batch: {}, faculty: {}, room: {} };
  }
  if (hasPermission(viewer.role, "timetable.viewDepartment") && viewer.departmentId) {
    const departmentId = viewer.departmentId;
    return {
      department: { id: departmentId } satisfies Prisma.DepartmentWhereInput,
      batch: { departmentId } satisfies Prisma.BatchWhereInput,
      faculty: { departmentId } satisfies Prisma.FacultyProfileWhereInput,
      // Rooms it owns, and rooms its offerings meet in under the current publication.
      room: {
        OR: [
          { departmentId },
          {
            entries: {
              some: {
                timetable: { status: "PUBLISHED" },
                offering: { OR: [{ subject: { departmentId } }, { batches: { some: { batch: { departmentId } } } }] },
              },
            },
          },
        ],
      } satisfies Prisma.RoomWhereInput,
    };
  }
  return null;
}

export async function getViewChoices({ viewer }: GetViewChoicesOptions): Promise<ViewChoices> {
  const filters = choiceFilters(viewer);
  if (!filters) return NO_CHOICES;
  const [departments, batches, faculty, rooms, terms] = await Promise.all([
    prisma.department.findMany({ where: filters.department, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    prisma.batch.findMany({ where: filters.batch, select: { id: true, code: true }, orderBy: { code: "asc" } }),
    prisma.facultyProfile.findMany({
      where: filters.faculty,
      select: { id: true, title: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    prisma.room.findMany({ where: filters.room, select: { id: true, code: true, building: true }, orderBy: { code: "asc" } }),
    prisma.term.findMany({
      where: { timetables: { some: { status: "PUBLISHED" } } },
      select: { id: true, name: true },
      orderBy: { firstDay: "desc" },
    }),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, label: `${d.code} · ${d.name}` })),
    batches: batches.map((b) => ({ id: b.id, label: b.code })),
    faculty: faculty.map((f) => ({ id: f.id, label: facultyDisplayName(f) ?? f.id })),
    rooms: rooms.map((r) => ({ id: r.id, label: `${r.code} (${r.building})` })),
    terms: terms.map((t) => ({ id: t.id, label: t.name })),
  };
}
