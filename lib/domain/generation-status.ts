/**
 * The statuses of a generation job and of its variants, taken from the Prisma enums, and the legal
 * transitions between them, written once. lib/server/generation/job-lifecycle.ts is the only writer
 * of these statuses and refuses any move not listed here; the response schemas list the statuses in
 * the lower case the API speaks. Pure: the browser imports it too.
 */
import { JobStatus, VariantStatus } from "@/lib/generated/prisma/enums";

export { JobStatus, VariantStatus };

type NonEmpty<T> = [T, ...T[]];

/** Every value of a Prisma enum object, in schema order. */
function valuesOf<T extends Record<string, string>>(enumObject: T): NonEmpty<T[keyof T]> {
  return Object.values(enumObject) as NonEmpty<T[keyof T]>;
}

/** How the API and the pages spell a status: lower case. */
export const toStatusView = <S extends string>(status: S) => status.toLowerCase() as Lowercase<S>;

export type JobStatusView = Lowercase<JobStatus>;
export type VariantStatusView = Lowercase<VariantStatus>;

export const JOB_STATUS_VIEWS = valuesOf(JobStatus).map(toStatusView) as NonEmpty<JobStatusView>;
export const VARIANT_STATUS_VIEWS = valuesOf(VariantStatus).map(toStatusView) as NonEmpty<VariantStatusView>;

/**
 * Where each job status may go. A job is QUEUED until its first variant starts; it is CANCELLED at
 * once while queued, or after its variants stop; it FAILs when every variant failed or housekeeping
 * finds it abandoned. Terminal statuses go nowhere.
 */
export const JOB_TRANSITIONS = {
  QUEUED: ["RUNNING", "FAILED", "CANCELLED"],
  RUNNING: ["COMPLETED", "FAILED", "CANCELLED"],
  COMPLETED: [],
  FAILED: [],
  CANCELLED: [],
} as const satisfies Record<JobStatus, readonly JobStatus[]>;

/**
 * Where each variant status may go. RUNNING -> RUNNING is a retry (a stalled or interrupted solve
 * started afresh); a variant completes only from RUNNING, with its timetable saved.
 */
export const VARIANT_TRANSITIONS = {
  PENDING: ["RUNNING", "FAILED", "CANCELLED"],
  RUNNING: ["RUNNING", "COMPLETED", "FAILED", "CANCELLED"],
  COMPLETED: [],
  FAILED: [],
  CANCELLED: [],
} as const satisfies Record<VariantStatus, readonly VariantStatus[]>;

function sourcesOf<S extends string>(transitions: Record<S, readonly S[]>, to: S): S[] {
  return (Object.keys(transitions) as S[]).filter((from) => transitions[from].includes(to));
}

/** The job statuses from which a move to `to` is legal: the WHERE of every conditional update. */
export function jobStatusesBefore(to: JobStatus): JobStatus[] {
  return sourcesOf<JobStatus>(JOB_TRANSITIONS, to);
}

/** The variant statuses from which a move to `to` is legal. */
export function variantStatusesBefore(to: VariantStatus): VariantStatus[] {
  return sourcesOf<VariantStatus>(VARIANT_TRANSITIONS, to);
}

export function isTerminalJobStatus(status: JobStatus): boolean {
  return JOB_TRANSITIONS[status].length === 0;
}

export function isTerminalVariantStatus(status: VariantStatus): boolean {
  return VARIANT_TRANSITIONS[status].length === 0;
}

/** Statuses that are still to settle: what finalize and failJob sweep up. */
export const UNSETTLED_JOB_STATUSES = valuesOf(JobStatus).filter((s) => !isTerminalJobStatus(s));
export const UNSETTLED_VARIANT_STATUSES = valuesOf(VariantStatus).filter((s) => !isTerminalVariantStatus(s));
