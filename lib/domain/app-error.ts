/**
 * The domain's one error type: domain functions in lib/server/, the worker and the browser's
 * contracts name what went wrong with a code, and lib/api/errors.ts is the one place that turns a
 * code into an HTTP status and a JSON body. Pure: the worker (tsx) and client code import it too.
 */

export const AppErrorCode = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  UNPROCESSABLE: "UNPROCESSABLE",
  UNAVAILABLE: "UNAVAILABLE",
  INTERNAL: "INTERNAL",
} as const;

export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: unknown;
  /** Extra top-level fields of the error body, e.g. { currentVersion } of a stale edit (409). */
  readonly fields?: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, details?: unknown, fields?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.fields = fields;
  }
}
