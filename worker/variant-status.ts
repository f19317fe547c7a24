/**
 * Variant-level writes made by the solve-variant processor: its status, its live progress, and the
 * job-level progress summed up from all variants (what the generate page's progress bars poll).
 */
import { prisma } from "@/lib/db";
import type { VariantProgress } from "@/lib/server/generation/variant-progress";


/**
 * PENDING/RUNNING -> RUNNING (RUNNING again when a stalled or failed attempt is retried).
 * Returns false when the variant is already terminal: nothing to do.
 */
export async function markVariantRunning(generationJobId: string, variantIndex: number): Promise<boolean> {
  const { count } = await prisma.generationVariant.updateMany({
    where: { jobId: generationJobId, index: variantIndex, status: { in: ["PENDING", "RUNNING"] } },
    data: { status: "RUNNING", stage: "loading data" },
  });
  if (count === 1) {
    await prisma.generationJob.update({ where: { id: generationJobId }, data: { attempts: { increment: 1 } } });
  }
  return count === 1;
}

export async function markVariantFinished(
  generationJobId: string,
  variantIndex: number,
  status: "COMPLETED" | "FAILED" | "CANCELLED",
): Promise<void> {
  await prisma.generationVariant.updateMany({
    where: { jobId: generationJobId, index: variantIndex, status: { in: ["PENDING", "RUNNING"] } },
    data: {
      status,
      stage: status.toLowerCase(),
      secondsLeft: 0,
      ...(status === "COMPLETED" ? { progress: 100 } : {}),
    },
  });
  await refreshJobProgress(generationJobId);
}

export async function recordVariantProgress(
  generationJobId: string,
  variantIndex: number,
  progress: VariantProgress,
): Promise<void> {
  await prisma.generationVariant.updateMany({
    where: { jobId: generationJobId, index: variantIndex, status: "RUNNING" },
    data: {
      stage: progress.stage,
      progress: Math.round(progress.percent),
      bestScore: progress.bestScore,
      bestHard: progress.bestHard,
      secondsLeft: progress.secondsLeft === null ? null : Math.ceil(progress.secondsLeft),
    },
  });
  await refreshJobProgress(generationJobId);
}

/**
 * The job's progress is the mean of its variants' (finished ones count as 100), its stage that of
 * the least advanced running variant, and its bestScore the lowest among feasible variants so far.
 * Two variants refreshing at once may each write a slightly older mean; the next refresh, at most a
 * couple of seconds later, corrects it, which is fine for a progress bar.
 */
async function refreshJobProgress(generationJobId: string): Promise<void> {
  const variants = await prisma.generationVariant.findMany({
    where: { jobId: generationJobId },
    select: { status: true, progress: true, stage: true, bestScore: true, bestHard: true },
  });
  if (variants.length === 0) return;
  const running = variants.filter((v) => v.status === "RUNNING" || v.status === "PENDING");
  const percent = variants.reduce((sum, v) => sum + (running.includes(v) ? v.progress : 100), 0) / variants.length;
  const leastAdvanced = running.reduce<(typeof running)[number] | null>(
    (least, v) => (least === null || v.progress < least.progress ? v : least),
    null,
  );
  const feasibleScores = variants.filter((v) => v.bestHard === 0 && v.bestScore !== null).map((v) => v.bestScore as number);

  await prisma.generationJob.updateMany({
    where: { id: generationJobId, status: "RUNNING" },
    data: {
      progress: Math.min(99, Math.floor(percent)), // 100 only once finalized
      ...(leastAdvanced?.stage ? { stage: leastAdvanced.stage } : {}),
      bestScore: feasibleScores.length > 0 ? Math.min(...feasibleScores) : null,
    },
  });
}
