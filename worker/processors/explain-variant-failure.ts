/**
 * What the registrar reads about a variant that failed without settling itself, from what BullMQ
 * kept of it: the child job's key and its failedReason. A variant whose workers kept dying under it
 * never reaches our code, so this is the only place that can say so in words.
 */
import { STALLED_TOO_OFTEN_REASON, variantIndexOfJobId } from "@/lib/queue/queues";

export interface VariantFailure {
  /** 0-based; null when the key names no variant (not expected: every child is a solve-variant job). */
  variantIndex: number | null;
  /** The worker running it stopped more than maxStalledCount times. */
  lostToWorkerDeaths: boolean;
  message: string;
}

export function explainVariantFailure(childKey: string, failedReason: string, maxStalledCount: number): VariantFailure {
  const variantIndex = variantIndexOfJobId(childKey);
  const variant = variantIndex === null ? "A variant" : `Variant ${variantIndex + 1}`;
  if (failedReason === STALLED_TOO_OFTEN_REASON) {
    return { variantIndex, lostToWorkerDeaths: true, message: variantGivenUpMessage(variantIndex, maxStalledCount + 1) };
  }
  return { variantIndex, lostToWorkerDeaths: false, message: `${variant} failed: ${failedReason}` };
}

/** Why a variant has no timetable after `deaths` workers died running it: under the queue or run from PostgreSQL alike. */
export function variantGivenUpMessage(variantIndex: number | null, deaths: number): string {
  const variant = variantIndex === null ? "A variant" : `Variant ${variantIndex + 1}`;
  return (
    `${variant} was given up: the worker solving it stopped ${deaths} time${deaths === 1 ? "" : "s"} before it finished ` +
    "(killed, out of memory or crashed). If no worker was being stopped, its data may crash the solver."
  );
}
