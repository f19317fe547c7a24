import "server-only";
import { idsByCode, type RowWriter } from "./import-types";

export const writeBatchRows: RowWriter<"batches"> = async (tx, rows) => {
  const existing = new Set((await tx.batch.findMany({ where: { code: { in: rows.map((r) => r.code) } }, select: { code: true } })).map((b) => b.code));
  const departments = await idsByCode((codes) => tx.department.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }), rows.map((r) => r.department_code));
  for (const r of rows) {
    const data = { semesterNumber: r.semester, size: r.size, departmentId: departments.get(r.department_code)! };
    await tx.batch.upsert({ where: { code: r.code }, create: { code: r.code, ...data }, update: data });
  }
  return { created: rows.filter((r) => !existing.has(r.code)).length, updated: rows.filter((r) => existing.has(r.code)).length };
};
