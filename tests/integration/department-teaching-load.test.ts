// A head of department's teaching-load summary against the real database: the periods each of the
// department's faculty teaches in the published timetable, and the department view's access rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { createTimetableViewsFixture, deleteTimetableViewsFixture, type TimetableViewsFixture } from "./timetable-views-fixture";

const { getDepartmentTeachingLoad } = await import("@/lib/server/timetable-views/get-department-teaching-load");

let fx: TimetableViewsFixture;

beforeAll(async () => {
  fx = await createTimetableViewsFixture();
});

afterAll(async () => {
  await deleteTimetableViewsFixture(fx);
  await prisma.$disconnect();
});

describe("getDepartmentTeachingLoad", () => {
  it("counts each faculty member's periods, busiest day and classes in the published timetable", async () => {
    const load = await getDepartmentTeachingLoad({ viewer: fx.users.hodA, departmentId: fx.a.department.id });
    expect(load?.timetable.id).toBe(fx.published.a.id);
    const byId = new Map(load!.faculty.map((f) => [f.id, f]));
    const [lecturer, other, labTeacher] = fx.a.faculty.map((f) => byId.get(f.profile.id)!);
    // tinyTermWeek: theory A on Mon/Wed/Fri and the combined lecture on Tue/Thu (one lecturer),
    // theory B Mon/Tue/Thu, the 2-period lab on Tuesday.
    expect(lecturer).toMatchObject({ periodsPerWeek: 5, classes: 2, teachingDays: 5, busiestDay: { day: 1, periods: 1 } });
    expect(other).toMatchObject({ periodsPerWeek: 3, classes: 1, teachingDays: 3 });
    expect(labTeacher).toMatchObject({ periodsPerWeek: 2, classes: 1, teachingDays: 1, busiestDay: { day: 2, periods: 2 } });
    expect(load!.faculty[0].id).toBe(lecturer.id); // most loaded first (all have a 12-period limit)
    expect(load!.faculty).toHaveLength(3);
  });

  it("is refused to the head of another department, and allowed to a registrar", async () => {
    const refused = await getDepartmentTeachingLoad({ viewer: fx.users.hodB, departmentId: fx.a.department.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("FORBIDDEN");
    const load = await getDepartmentTeachingLoad({ viewer: fx.users.registrar, departmentId: fx.a.department.id });
    expect(load?.faculty.reduce((sum, f) => sum + f.periodsPerWeek, 0)).toBe(10);
  });
});
