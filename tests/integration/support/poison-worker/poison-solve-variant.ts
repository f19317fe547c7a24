/**
 * The real solve-variant processor, except that solving variant POISON_VARIANT_INDEX takes the
 * whole worker process down at once, as a solver bug that ends in a native crash, or a variant
 * whose memory use gets the process OOM-killed, would: every worker that runs it dies, whether it
 * runs it under the queue (in a solver thread) or straight from PostgreSQL (Redis down).
 */
import type { SolveVariantJob } from "@/worker/processors/process-solve-variant";
import { processSolveVariant } from "@/worker/processors/process-solve-variant";
import { runVariant, type RunVariantOptions } from "@/lib/server/generation/run-variant";

const poisonVariantIndex = Number(process.env.POISON_VARIANT_INDEX);

export function poisonRunVariant(options: RunVariantOptions) {
  if (options.variantIndex === poisonVariantIndex) {
    console.log(`[poison] variant ${options.variantIndex} crashes worker ${process.pid}`);
    process.kill(process.pid, "SIGKILL");
  }
  return runVariant(options);
}

export default function poisonSolveVariant(job: SolveVariantJob, token?: string, signal?: AbortSignal) {
  return processSolveVariant(job, token, signal, poisonRunVariant);
}
