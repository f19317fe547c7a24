/**
 * Forwards a solver's frequent progress callbacks to BullMQ (job.updateProgress) and to the
 * GenerationVariant row, throttled: the solver may report many times a second, the page polls every
 * second or two, and each row write also refreshes the job's summed-up progress.
 *
 * Writes are serialised (at most one in flight per target) and the latest report always wins, so
 * the row never goes backwards and a slow database never piles up writes.
 */
import type { VariantProgress } from "@/lib/server/generation/variant-progress";
import { recordVariantProgress } from "./variant-status";

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

interface ThrottledWriter {
  offer: (progress: VariantProgress, urgent: boolean) => void;
  flush: () => Promise<void>;
}

function throttledWriter(write: (p: VariantProgress) => Promise<void>, intervalMs: number, label: string): ThrottledWriter {
  let latest: VariantProgress | null = null;
  let lastWriteAt = 0;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const writeLatest = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight) return inFlight.then(writeLatest);
    if (!latest) return Promise.resolve();
    const progress = latest;
    latest = null;
    lastWriteAt = Date.now();
    inFlight = write(progress)
      .catch((error: unknown) => {
        // Progress is advisory: a failed write is logged and the next report retries.
        console.warn(`[worker] ${label} progress write failed:`, error instanceof Error ? error.message : error);
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  return {
    offer(progress, urgent) {
      latest = progress;
      const wait = urgent ? 0 : Math.max(0, lastWriteAt + intervalMs - Date.now());
      if (wait === 0 && !inFlight) void writeLatest();
      else if (!timer) timer = setTimeout(() => void writeLatest(), Math.max(wait, 50));
    },
    async flush() {
      clearTimeout(timer);
      timer = undefined;
      if (inFlight) await inFlight;
      await writeLatest();
    },
  };
}

export function createProgressForwarder({
  generationJobId,
  variantIndex,
  updateJobProgress,
  rowIntervalMs = 1_000,
  queueIntervalMs = 500,
}: ProgressForwarderOptions): ProgressForwarder {
  const row = throttledWriter((p) => recordVariantProgress(generationJobId, variantIndex, p), rowIntervalMs, "row");
  const queue = throttledWriter(updateJobProgress, queueIntervalMs, "queue");
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
