import "server-only";
import type { RowWriter } from "./import-types";

export const writeDepartmentRows: RowWriter<"departments"> = async (tx, rows) => {
  const existing = new Set((await tx.department.findMany({ where: { code: { in: rows.map((r) => r.code) } }, select: { code: true } })).map((d) => d.code));
  for (const r of rows) {
    await tx.department.upsert({ where: { code: r.code }, create: { code: r.code, name: r.name }, update: { name: r.name } });
  }
  return { created: rows.filter((r) => !existing.has(r.code)).length, updated: rows.filter((r) => existing.has(r.code)).length };
};
