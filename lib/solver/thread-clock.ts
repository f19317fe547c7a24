/**
 * The clock of solver threads, readable in any thread of the process on the same scale, so a
 * budget that starts when the coordinator spawns its threads also covers their start-up (loading
 * the solver's modules in a thread takes seconds on a loaded machine): the wall clock since the
 * epoch (timeOrigin + now, not performance.now(), whose origin is per thread), or the process's CPU
 * time divided by the solver threads running in it (Node 20 has no per-thread CPU clock; with
 * every thread busy that is each one's share).
 */
import type { ThreadClock } from "./types";

export function threadClock(kind: ThreadClock, threads: number): () => number {
  if (kind === "processCpu")
    return () => {
      const used = process.cpuUsage();
      return (used.user + used.system) / 1000 / threads;
    };
  return () => performance.timeOrigin + performance.now();
}
