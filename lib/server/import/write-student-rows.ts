/** Student rows: the user (by email, in the batch's department) and its StudentProfile. */
import "server-only";
import { unusablePasswordHash } from "@/lib/server/data/unusable-password";
import type { RowWriter } from "./import-types";

export const writeStudentRows: RowWriter<"students"> = async (tx, rows) => {
  const batches = new Map(
    (await tx.batch.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.batch_code))] } }, select: { id: true, code: true, departmentId: true } })).map((b) => [b.code, b]),
  );
  const existingProfiles = new Set(
    (await tx.studentProfile.findMany({ where: { user: { email: { in: rows.map((r) => r.email) } } }, select: { user: { select: { email: true } } } })).map((s) => s.user.email),
  );
  for (const r of rows) {
    const batch = batches.get(r.batch_code)!;
    const user = await tx.user.upsert({
      where: { email: r.email },
      create: { email: r.email, name: r.name, role: "STUDENT", departmentId: batch.departmentId, passwordHash: unusablePasswordHash() },
      update: { name: r.name, departmentId: batch.departmentId },
      select: { id: true },
    });
    const profile = { batchId: batch.id, rollNumber: r.roll_number };
    await tx.studentProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...profile }, update: profile });
  }
  return { created: rows.filter((r) => !existingProfiles.has(r.email)).length, updated: rows.filter((r) => existingProfiles.has(r.email)).length };
};
