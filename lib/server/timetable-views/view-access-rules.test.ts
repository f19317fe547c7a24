// The whole role x scope matrix of the view access rule, without a database.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { decideViewAccess, type TimetableViewer, type ViewTarget } from "./view-access-rules";

const CSE = "dept-cse";
const ECE = "dept-ece";

function viewer(role: Role, departmentId: string | null = CSE, id = `user-${role}`): TimetableViewer {
  return { id, role, departmentId };
}

const cseTargets: Record<string, ViewTarget> = {
  department: { scope: "department", departmentId: CSE },
  batch: { scope: "batch", batchId: "batch-cse-3a", departmentId: CSE },
  faculty: { scope: "faculty", facultyUserId: "user-colleague", departmentId: CSE },
  room: { scope: "room", departmentIds: [CSE] },
};
const eceTargets: Record<string, ViewTarget> = {
  department: { scope: "department", departmentId: ECE },
  batch: { scope: "batch", batchId: "batch-ece-3a", departmentId: ECE },
  faculty: { scope: "faculty", facultyUserId: "user-ece-faculty", departmentId: ECE },
  room: { scope: "room", departmentIds: [ECE] },
};

const allowed = (v: TimetableViewer, t: ViewTarget, studentBatchId: string | null = null) =>
  decideViewAccess(v, t, { studentBatchId }).allowed;

describe("decideViewAccess", () => {
  it("lets every role see its own timetable", () => {
    for (const role of ["ADMIN", "REGISTRAR", "HOD", "FACULTY", "STUDENT"] as const) {
      expect(allowed(viewer(role), { scope: "me" })).toBe(true);
    }
  });

  it.each(["ADMIN", "REGISTRAR"] as const)("lets %s see any department, batch, faculty member and room", (role) => {
    for (const target of [...Object.values(cseTargets), ...Object.values(eceTargets)]) {
      expect(allowed(viewer(role, null), target)).toBe(true);
    }
  });

  it("limits a HOD to their own department's batches, faculty and rooms", () => {
    const hod = viewer("HOD", CSE);
    for (const target of Object.values(cseTargets)) expect(allowed(hod, target)).toBe(true);
    for (const target of Object.values(eceTargets)) expect(allowed(hod, target)).toBe(false);
  });

  it("lets a HOD see a room owned elsewhere once their department's offerings meet in it", () => {
    expect(allowed(viewer("HOD", CSE), { scope: "room", departmentIds: [ECE, CSE] })).toBe(true);
    expect(allowed(viewer("HOD", CSE), { scope: "room", departmentIds: [] })).toBe(false);
  });

  it("denies a HOD without a department everything but their own timetable", () => {
    expect(allowed(viewer("HOD", null), cseTargets.batch)).toBe(false);
  });

  it("limits faculty to their own teaching, even within their department", () => {
    const faculty = viewer("FACULTY", CSE, "user-me");
    expect(allowed(faculty, { scope: "faculty", facultyUserId: "user-me", departmentId: CSE })).toBe(true);
    for (const target of Object.values(cseTargets)) expect(allowed(faculty, target)).toBe(false);
    const decision = decideViewAccess(faculty, cseTargets.batch);
    expect(decision).toEqual({ allowed: false, reason: "You may only view your own timetable" });
  });

  it("limits a student to their own batch", () => {
    const student = viewer("STUDENT", CSE);
    expect(allowed(student, cseTargets.batch, "batch-cse-3a")).toBe(true);
    expect(allowed(student, { scope: "batch", batchId: "batch-cse-3b", departmentId: CSE }, "batch-cse-3a")).toBe(false);
    expect(allowed(student, eceTargets.batch, "batch-cse-3a")).toBe(false);
    expect(allowed(student, cseTargets.faculty, "batch-cse-3a")).toBe(false);
    expect(allowed(student, cseTargets.department, "batch-cse-3a")).toBe(false);
    expect(allowed(student, cseTargets.room, "batch-cse-3a")).toBe(false);
  });
});
