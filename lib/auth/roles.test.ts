import { describe, expect, it } from "vitest";
import { hasPermission, isAllowed, isRole, PERMISSIONS, ROLE_HOME, ROLES, type Permission } from "@/lib/auth/roles";

describe("roles", () => {
  it("lists the five roles of the schema", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "FACULTY", "HOD", "REGISTRAR", "STUDENT"]);
  });

  it("sends each role to its home", () => {
    expect(ROLE_HOME).toEqual({ ADMIN: "/admin", REGISTRAR: "/admin", HOD: "/hod", FACULTY: "/faculty", STUDENT: "/student" });
  });

  it("recognises only real role names", () => {
    expect(isRole("HOD")).toBe(true);
    expect(isRole("hod")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});

describe("permissions", () => {
  const managing: Permission[] = ["data.manage", "timetable.generate", "timetable.publish", "timetable.edit", "jobs.view"];

  it("lets only ADMIN and REGISTRAR manage data, generate, edit and publish", () => {
    for (const permission of managing) {
      expect(hasPermission("ADMIN", permission)).toBe(true);
      expect(hasPermission("REGISTRAR", permission)).toBe(true);
      expect(hasPermission("HOD", permission)).toBe(false);
      expect(hasPermission("FACULTY", permission)).toBe(false);
      expect(hasPermission("STUDENT", permission)).toBe(false);
    }
  });

  it("keeps the audit log to ADMIN", () => {
    expect(ROLES.filter((role) => hasPermission(role, "audit.view"))).toEqual(["ADMIN"]);
  });

  it("keeps the queue dashboard to ADMIN", () => {
    expect(ROLES.filter((role) => hasPermission(role, "queue.manage"))).toEqual(["ADMIN"]);
  });

  it("keeps deactivating users and ending their sessions to ADMIN", () => {
    expect(ROLES.filter((role) => hasPermission(role, "users.manage"))).toEqual(["ADMIN"]);
  });

  it("lets a HOD see the department but not every timetable", () => {
    expect(hasPermission("HOD", "timetable.viewDepartment")).toBe(true);
    expect(hasPermission("HOD", "timetable.viewAny")).toBe(false);
  });

  it("lets every role see its own timetable", () => {
    for (const role of ROLES) expect(hasPermission(role, "timetable.viewOwn")).toBe(true);
  });

  it("has no duplicate entries", () => {
    for (const role of ROLES) expect(new Set(PERMISSIONS[role]).size).toBe(PERMISSIONS[role].length);
  });
});

describe("isAllowed", () => {
  it("allows any role when nothing is required", () => {
    expect(isAllowed("STUDENT")).toBe(true);
  });

  it("checks the role list", () => {
    expect(isAllowed("HOD", { roles: ["HOD"] })).toBe(true);
    expect(isAllowed("FACULTY", { roles: ["HOD"] })).toBe(false);
  });

  it("requires both the role and the permission when both are given", () => {
    expect(isAllowed("REGISTRAR", { roles: ["ADMIN", "REGISTRAR"], permission: "timetable.publish" })).toBe(true);
    expect(isAllowed("REGISTRAR", { roles: ["ADMIN", "REGISTRAR"], permission: "audit.view" })).toBe(false);
    expect(isAllowed("HOD", { roles: ["ADMIN"], permission: "timetable.viewOwn" })).toBe(false);
  });
});
