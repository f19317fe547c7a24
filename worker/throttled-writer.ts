/**
 * Writes the latest of a stream of values at most every `intervalMs` (at once when `urgent`).
 * Writes are serialised (at most one in flight) and the latest value always wins, so the target
 * never goes backwards and a slow database never piles up writes.
 */
import { errorFields, log } from "@/lib/log/logger";
export interface ThrottledWriter<T> {
  offer: (value: T, urgent: boolean) => void;
  flush: () => Promise<void>;
}

export function throttledWriter<T>(write: (value: T) => Promise<void>, intervalMs: number, label: string): ThrottledWriter<T> {
  let pending: { value: T } | null = null;
  let lastWriteAt = 0;
  let inFlight: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const writeLatest = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight) return inFlight.then(writeLatest);
    if (!pending) return Promise.resolve();
    const { value } = pending;
    pending = null;
    lastWriteAt = Date.now();
    inFlight = write(value)
      .catch((error: unknown) => {
        // Progress is advisory: a failed write is logged and the next offer retries.
        log.warn({ target: label, ...errorFields(error) }, "progress write failed");
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  return {
    offer(value, urgent) {
      pending = { value };
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

