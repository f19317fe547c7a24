/**
 * What the registrar's home shows for the term being worked on: its published timetable (when,
 * score, hard violations), its latest generation jobs with their progress, and the pre-flight
 * check's blockers, each with where to act on it.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { jobFigures } from "@/lib/domain/generation-figures";
import { checkTermData } from "@/lib/server/data/check-term-data";

const RECENT_JOBS = 5;

export async function getTermStatus({ termId }: { termId: string }) {
  const [published, jobs, check] = await Promise.all([
    prisma.timetable.findFirst({
      where: { termId, status: "PUBLISHED" },
      select: { id: true, name: true, publishedAt: true, score: true, hardViolations: true, _count: { select: { entries: true } } },
      orderBy: { publishedAt: "desc" },
    }),
    prisma.generationJob.findMany({
      where: { termId },
      select: {
        id: true,
        status: true,
        createdAt: true,
        variants: { select: { status: true, progress: true, stage: true, bestScore: true, bestHard: true } },
        _count: { select: { variants: true } },
      },
      orderBy: { createdAt: "desc" },
      take: RECENT_JOBS,
    }),
    checkTermData({ termId }),
  ]);
  return {
    published,
    jobs: jobs.map(({ variants, ...job }) => {
      const { progress, bestScore } = jobFigures(job.status, variants);
      return { ...job, progress, bestScore };
    }),
    check,
  };
}
