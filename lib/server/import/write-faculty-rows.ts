/** Faculty rows: the user (by email) and its FacultyProfile; a new user gets an unusable password. */
import "server-only";
import { unusablePasswordHash } from "@/lib/server/data/unusable-password";
import { idsByCode, type RowWriter } from "./import-types";

export const writeFacultyRows: RowWriter<"faculty"> = async (tx, rows) => {
  const departments = await idsByCode((codes) => tx.department.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }), rows.map((r) => r.department_code));
  const existingProfiles = new Set(
    (await tx.facultyProfile.findMany({ where: { user: { email: { in: rows.map((r) => r.email) } } }, select: { user: { select: { email: true } } } })).map((f) => f.user.email),
  );
  for (const r of rows) {
    const departmentId = departments.get(r.department_code)!;
    const user = await tx.user.upsert({
      where: { email: r.email },
      create: { email: r.email, name: r.name, role: "FACULTY", departmentId, passwordHash: unusablePasswordHash() },
      update: { name: r.name, departmentId },
      select: { id: true },
    });
    const profile = { title: r.title, departmentId, maxPeriodsPerDay: r.max_periods_per_day, maxPeriodsPerWeek: r.max_periods_per_week, avoidBackToBack: r.avoid_back_to_back };
    await tx.facultyProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...profile }, update: profile });
  }
  return { created: rows.filter((r) => !existingProfiles.has(r.email)).length, updated: rows.filter((r) => existingProfiles.has(r.email)).length };
};
