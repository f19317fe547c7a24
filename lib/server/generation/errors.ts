/**
 * Errors of a generation run that carry more than a message.
 */
import "server-only";
import type { Blocker } from "@/lib/solver/types";

/**
 * The term's data cannot be satisfied (preflight proved it, or the search ended with hard
 * violations). Retrying cannot help: the worker should fail the job at once and store `blockers`
 * as the job's errorDetails so the registrar sees which meetings cannot be placed and why.
 */
export class InfeasibleDataError extends Error {
  readonly blockers: Blocker[];

  constructor(blockers: Blocker[], message = InfeasibleDataError.summarise(blockers)) {
    super(message);
    this.name = "InfeasibleDataError";
    this.blockers = blockers;
  }

  static summarise(blockers: Blocker[]): string {
    if (blockers.length === 0) return "The timetable cannot be generated from this data";
    const first = blockers[0].message;
    return blockers.length === 1 ? first : `${first} (and ${blockers.length - 1} more problem${blockers.length === 2 ? "" : "s"})`;
  }
}
