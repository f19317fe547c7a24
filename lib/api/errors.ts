// One error type for the domain layer and the one place that turns errors into HTTP responses.
//
// Deliberately no `import "server-only"`: domain functions in lib/server/ throw AppError and the
// worker (run with tsx, where the server-only package throws on import) shares those functions.
// Nothing here is secret.
import { ZodError } from "zod";
import { log } from "@/lib/log/logger";

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

export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

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

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export type ErrorBody = { error: string; details?: unknown; [field: string]: unknown };

/** "variants: must be between 1 and 5"; several issues are joined with "; ". */
export function formatZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

function zodIssueDetails(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

// Prisma's known request errors carry a stable code. Matched by shape rather than instanceof so
// this file does not load the Prisma runtime (it is imported by client-free code and tests).
const PRISMA_CODE_TO_APP: Record<string, { code: AppErrorCode; message: string }> = {
  P2002: { code: "CONFLICT", message: "A record with these values already exists" },
  P2003: { code: "CONFLICT", message: "This record is still referenced by other records" },
  P2025: { code: "NOT_FOUND", message: "Record not found" },
};

function prismaKnownError(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null) return null;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name !== "PrismaClientKnownRequestError" || typeof code !== "string") return null;
  const mapped = PRISMA_CODE_TO_APP[code];
  return mapped ? new AppError(mapped.code, mapped.message) : null;
}

function json(status: number, body: ErrorBody): Response {
  return Response.json(body, { status });
}

/** Maps any thrown value to a JSON error response; unexpected errors are logged and hidden. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { ...error.fields, error: error.message };
    if (error.details !== undefined) body.details = error.details;
    return json(error.status, body);
  }
  if (error instanceof ZodError) {
    return json(422, { error: formatZodError(error), details: zodIssueDetails(error) });
  }
  const fromPrisma = prismaKnownError(error);
  if (fromPrisma) return toErrorResponse(fromPrisma);

  log.error({ err: error }, "unexpected error");
  return json(500, { error: "Internal error" });
}
