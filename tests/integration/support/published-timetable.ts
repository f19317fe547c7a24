/** A tiny term with a solved, published timetable: the starting point of check, diff and repair tests. */
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BALANCED_WEIGHTS } from "@/lib/domain/weight-profiles";
import { buildSolverInput } from "@/lib/server/generation/build-solver-input";
import { timetableEntryRows } from "@/lib/server/generation/timetable-entry-rows";
import { solve } from "@/lib/solver/solve";
import { createTinyTerm, createUser, type TinyTerm, type TinyTermOptions } from "@/prisma/seed/factories";

export interface PublishedTinyTerm {
  tiny: TinyTerm;
  termId: string;
  registrar: { id: string; email: string; name: string; role: "REGISTRAR"; departmentId: string | null };
  timetableId: string;
}

/** Solves the term in-process (no worker needed) and saves the result as its published timetable. */
export async function publishedTinyTerm(options: TinyTermOptions = {}): Promise<PublishedTinyTerm> {
  const { tiny, registrar } = await prisma.$transaction(async (tx) => ({
    tiny: await createTinyTerm(tx, options),
    registrar: await createUser(tx, { role: "REGISTRAR" }),
  }));
  const built = await buildSolverInput({ termId: tiny.term.id, departmentIds: [], weights: BALANCED_WEIGHTS });
  const result = await solve(built.input, { timeLimitMs: 10_000, seed: 1, maxIterations: 20_000 });
  if (result.hard !== 0) throw new Error(`the tiny term did not solve: hard ${result.hard}`);
  const timetable = await prisma.timetable.create({
    data: {
      termId: tiny.term.id,
      name: "Published",
      status: "PUBLISHED",
      publishedAt: new Date(),
      publishedById: registrar.id,
      score: result.soft,
      hardViolations: 0,
      breakdown: result.softBreakdown as Prisma.InputJsonValue,
      violations: result.violations as unknown as Prisma.InputJsonValue,
      entries: { create: timetableEntryRows(result.placements, built.grid, built.facultyIdByOffering) },
    },
    select: { id: true },
  });
  return {
    tiny,
    termId: tiny.term.id,
    registrar: { id: registrar.id, email: registrar.email, name: registrar.name, role: "REGISTRAR", departmentId: null },
    timetableId: timetable.id,
  };
}

/** Makes a faculty member unavailable for a whole working day (the day they teach most on). */
export async function facultyOffForTheirBusiestDay(timetableId: string, facultyId: string): Promise<number> {
  const entries = await prisma.timetableEntry.findMany({ where: { timetableId, facultyId }, select: { day: true } });
  const counts = new Map<number, number>();
  for (const e of entries) counts.set(e.day, (counts.get(e.day) ?? 0) + 1);
  const [day] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const periods = await prisma.period.findMany({ where: { term: { timetables: { some: { id: timetableId } } } }, select: { index: true } });
  await prisma.facultySlot.createMany({ data: periods.map((p) => ({ facultyId, day, period: p.index, preference: "UNAVAILABLE" as const })), skipDuplicates: true });
  return day;
}
