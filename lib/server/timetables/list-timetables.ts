import "server-only";
import { prisma } from "@/lib/db";
import type { TimetableStatus } from "@/lib/generated/prisma/enums";

export interface TimetableListRow {
  id: string;
  name: string;
  status: TimetableStatus;
  termName: string;
  score: number;
  hardViolations: number;
  createdAt: Date;
  publishedAt: Date | null;
  jobId: string | null;
}

export interface ListTimetablesOptions {
  /** Newest first; at most this many. */
  limit?: number;
}

/** Every term's timetables, published first, for the registrar's overview. */
export async function listTimetables({ limit = 100 }: ListTimetablesOptions = {}): Promise<TimetableListRow[]> {
  const rows = await prisma.timetable.findMany({
    orderBy: [{ createdAt: "desc" }],
    take: limit,
    select: {
      id: true,
      name: true,
      status: true,
      score: true,
      hardViolations: true,
      createdAt: true,
      publishedAt: true,
      jobId: true,
      term: { select: { name: true } },
    },
  });
  const rank: Record<TimetableStatus, number> = { PUBLISHED: 0, DRAFT: 1, ARCHIVED: 2 };
  return rows
    .map(({ term, ...row }) => ({ ...row, termName: term.name }))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}
