// What the view picker may offer a viewer, per term: every department, batch, faculty member and
// room of the term's own data (term-scope.ts, as the registrar's data screens use it) for those who
// may view any timetable; their own department's for a head of department; nothing for faculty and
// students (they see their own week). Authorization is in each query's where.
import "server-only";
import { hasPermission } from "@/lib/auth/roles";
import { toIsoDate } from "@/lib/dates/iso-date";
import { prisma } from "@/lib/db";
import type { ScopeChoices, ViewChoices } from "@/lib/domain/view-choices";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultTerm } from "@/lib/server/terms/current-term";
import { departmentInTerm, roomInTerm } from "@/lib/server/terms/term-scope";
import { facultyDisplayName } from "./timetable-view-row";
import type { TimetableViewer } from "./view-access-rules";

export type GetViewChoicesOptions = {
  viewer: TimetableViewer;
  /** Terms to list choices for besides those with a published timetable (e.g. the URL's termId). */
  termIds?: string[];
};

type ChoiceFilters = {
  department: Prisma.DepartmentWhereInput;
  batch: Prisma.BatchWhereInput;
  faculty: Prisma.FacultyProfileWhereInput;
  room: Prisma.RoomWhereInput;
};

/** Where-inputs limiting each list to what the viewer may open, or null when they may open none. */
function choiceFilters(viewer: TimetableViewer): ChoiceFilters | null {
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

async function choicesOfTerm(filters: ChoiceFilters, termId: string): Promise<ScopeChoices> {
  const inTerm = { department: departmentInTerm(termId) };
  const [departments, batches, faculty, rooms] = await Promise.all([
    prisma.department.findMany({ where: { AND: [filters.department, departmentInTerm(termId)] }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } }),
    prisma.batch.findMany({ where: { AND: [filters.batch, inTerm] }, select: { id: true, code: true }, orderBy: { code: "asc" } }),
    prisma.facultyProfile.findMany({
      where: { AND: [filters.faculty, inTerm] },
      select: { id: true, title: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    prisma.room.findMany({ where: { AND: [filters.room, roomInTerm(termId)] }, select: { id: true, code: true, building: true }, orderBy: { code: "asc" } }),
  ]);
  return {
    departments: departments.map((d) => ({ id: d.id, label: `${d.code} · ${d.name}` })),
    batches: batches.map((b) => ({ id: b.id, label: b.code })),
    faculty: faculty.map((f) => ({ id: f.id, label: facultyDisplayName(f) ?? f.id })),
    rooms: rooms.map((r) => ({ id: r.id, label: `${r.code} (${r.building})` })),
  };
}

export async function getViewChoices({ viewer, termIds = [] }: GetViewChoicesOptions): Promise<ViewChoices> {
  const filters = choiceFilters(viewer);
  if (!filters) return { terms: [], currentTermId: null, byTerm: {} };
  const allTerms = await prisma.term.findMany({
    select: { id: true, name: true, firstDay: true, lastDay: true, createdAt: true, _count: { select: { timetables: { where: { status: "PUBLISHED" } } } } },
    orderBy: [{ firstDay: "desc" }, { createdAt: "desc" }],
  });
  const published = allTerms.filter((t) => t._count.timetables > 0);
  // A view without a termId shows the newest term with a published timetable (resolve-view-timetable.ts);
  // before anything is published, the term the registrar's screens open on.
  const current = published[0] ?? defaultTerm(allTerms.map((t) => ({ ...t, published: false })), toIsoDate(new Date()));
  const known = new Set(allTerms.map((t) => t.id));
  const listed = [...new Set([...published.map((t) => t.id), ...(current ? [current.id] : []), ...termIds.filter((id) => known.has(id))])];
  const lists = await Promise.all(listed.map((termId) => choicesOfTerm(filters, termId)));
  return {
    terms: published.map((t) => ({ id: t.id, label: t.name })),
    currentTermId: current?.id ?? null,
    byTerm: Object.fromEntries(listed.map((termId, i) => [termId, lists[i]])),
  };
}
