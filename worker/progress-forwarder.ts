/**
 * Forwards a solver's frequent progress callbacks to BullMQ (job.updateProgress) and to the
 * GenerationVariant row, throttled: the solver may report many times a second, the page polls every
 * second or two (the job's own progress is worked out from its variants on read).
 */
import { recordVariantProgress } from "@/lib/server/generation/job-lifecycle";
import type { VariantProgress } from "@/lib/server/generation/variant-progress";
import { throttledWriter } from "./throttled-writer";

export interface ProgressForwarderOptions {
  generationJobId: string;
  variantIndex: number;
  updateJobProgress: (progress: VariantProgress) => Promise<void>;
  /** Minimum time between row writes; a stage change is written at once. */
  rowIntervalMs?: number;
  /** Minimum time between BullMQ progress updates. */
  queueIntervalMs?: number;
}

export interface ProgressForwarder {
  report: (progress: VariantProgress) => void;
  /** Writes the latest report if it is not written yet; resolves when nothing is in flight. */
  flush: () => Promise<void>;
}

export function createProgressForwarder({
  generationJobId,
  variantIndex,
  updateJobProgress,
  rowIntervalMs = 1_000,
  queueIntervalMs = 500,
}: ProgressForwarderOptions): ProgressForwarder {
  const row = throttledWriter<VariantProgress>((p) => recordVariantProgress({ generationJobId, variantIndex }, p), rowIntervalMs, "row");
  const queue = throttledWriter<VariantProgress>(updateJobProgress, queueIntervalMs, "queue");
  let lastStage: string | null = null;

  return {
    report(progress) {
      const stageChanged = progress.stage !== lastStage;
      lastStage = progress.stage;
      row.offer(progress, stageChanged);
      queue.offer(progress, stageChanged);
    },
    async flush() {
      await Promise.all([row.flush(), queue.flush()]);
    },
  };
}
