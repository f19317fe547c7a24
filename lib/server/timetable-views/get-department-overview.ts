// A department's published week as a batches x (days, periods) matrix, for its head and registrars
// (department-matrix.ts). Access and the timetable are the department view's own
// (getPublishedEntries), so the overview never shows more than the department view would.
import "server-only";
import { prisma } from "@/lib/db";
import type { MatrixRow } from "@/lib/domain/department-views";
import type { TimetableView } from "@/lib/domain/timetable-view";
import { buildDepartmentMatrix } from "./department-matrix";
import { getPublishedEntries } from "./get-published-entries";
import type { TimetableViewer } from "./view-access-rules";

export interface DepartmentOverview {
  term: TimetableView["term"];
  timetable: TimetableView["timetable"];
  label: string;
  days: number[];
  periods: TimetableView["periods"];
  batches: { id: string; code: string }[];
  matrix: MatrixRow[];
}

export async function getDepartmentOverview({ viewer, departmentId, termId }: { viewer: TimetableViewer; departmentId: string; termId?: string }): Promise<DepartmentOverview> {
  const view = await getPublishedEntries({ viewer, query: { scope: "department", id: departmentId, termId } });
  // The department's own batches, in code order; a batch of another department that shares a class
  // with it shows up in the department view's rows but not as a row here.
  const batches = await prisma.batch.findMany({ where: { departmentId }, select: { id: true, code: true }, orderBy: { code: "asc" } });
  const days = [...new Set([...view.term.workingDays, ...view.rows.map((r) => r.day)])].sort((a, b) => a - b);
  return {
    term: view.term,
    timetable: view.timetable,
    label: view.view.label,
    days,
    periods: view.periods,
    batches,
    matrix: buildDepartmentMatrix(view.rows, batches.map((b) => b.code), days, view.periods.length),
  };
}
