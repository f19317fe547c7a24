// The one place that turns errors into HTTP: AppError codes to statuses, ZodErrors to 422 with the
// path of each issue, Prisma's known request errors to 404/409, anything else to a logged 500.
// errorBody() gives the status and body without building a Response, for server actions.
//
// Deliberately no `import "server-only"`: nothing here is secret, and unit tests import it.
import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/lib/domain/app-error";
import { formatZodError, zodIssueDetails } from "@/lib/domain/zod-error-message";
import { log } from "@/lib/log/logger";

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

export type ErrorBody = { error: string; details?: unknown; [field: string]: unknown };

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

/** The HTTP status and JSON body any thrown value maps to; unexpected errors are logged and hidden. */
export function errorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { ...error.fields, error: error.message };
    if (error.details !== undefined) body.details = error.details;
    return { status: APP_ERROR_STATUS[error.code], body };
  }
  if (error instanceof ZodError) {
    return { status: 422, body: { error: formatZodError(error), details: zodIssueDetails(error) } };
  }
  const fromPrisma = prismaKnownError(error);
  if (fromPrisma) return errorBody(fromPrisma);

  log.error({ err: error }, "unexpected error");
  return { status: 500, body: { error: "Internal error" } };
}

/** errorBody() as a JSON Response, for route handlers. */
export function toErrorResponse(error: unknown): Response {
  const { status, body } = errorBody(error);
  return Response.json(body, { status });
}
