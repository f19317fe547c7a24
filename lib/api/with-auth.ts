// The guard every API route handler goes through: session, role/permission, typed params, and one
// error mapping (lib/api/errors.ts). proxy.ts also rejects signed-out API calls, but only as a
// convenience: this is the check that counts.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { assertCleanInput } from "@/lib/api/clean-input";
import { toErrorResponse } from "@/lib/api/errors";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { AppError } from "@/lib/domain/app-error";
import { isAllowed, type Permission, type Role } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/session-user";
import { addLogContext } from "@/lib/log/log-context";
import { observeRequest } from "./observe-request";

/** Dynamic segments of a route: `[id]` gives a string, `[...slug]` a string array. */
export type RouteParams = Record<string, string | string[] | undefined>;

export type AuthedContext<P extends RouteParams> = { user: SessionUser; params: P };

export type AuthedHandler<P extends RouteParams> = (req: Request, ctx: AuthedContext<P>) => Promise<Response> | Response;

/** The shape Next 16 calls a route handler with; `params` is a Promise. */
export type RouteHandler<P extends RouteParams> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

export type WithAuthOptions = { roles?: Role[]; permission?: Permission };

/**
 * `export const GET = withAuth<{ id: string }>(async (req, { user, params }) => ..., { permission: "jobs.view" })`
 *
 * 403 JSON for a state-changing request from another site (same-origin.ts), 401 JSON when signed
 * out, 403 JSON when the role or permission is missing; anything the handler
 * throws (AppError, ZodError, others) becomes a JSON error through toErrorResponse. Every request is
 * logged and measured (observeRequest), its log lines carrying the request id and the user's id.
 */
export function withAuth<P extends RouteParams = Record<string, never>>(
  handler: AuthedHandler<P>,
  options: WithAuthOptions = {},
): RouteHandler<P> {
  return (req, ctx) =>
    observeRequest(req, async () => {
      try {
        assertSameOrigin(req);
        const user = await getSessionUser();
        if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue");
        addLogContext({ userId: user.id });
        if (!isAllowed(user.role, options)) throw new AppError("FORBIDDEN", "You do not have access to this");
        const params = await ctx.params;
        return await handler(req, { user, params });
      } catch (error) {
        // Let Next's own control-flow errors (redirect(), notFound(), forbidden()) do their job.
        unstable_rethrow(error);
        return toErrorResponse(error);
      }
    });
}

/** `application/json`, with or without parameters (`; charset=utf-8`). */
function isJsonContentType(value: string | null): boolean {
  return value !== null && value.split(";")[0].trim().toLowerCase() === "application/json";
}

/**
 * Reads and validates a JSON body: 415 unless it is sent as application/json (a cross-site form
 * can send text/plain without a preflight), AppError BAD_REQUEST (400) when it is not JSON, 422 naming the
 * field when a string holds a control character (PostgreSQL refuses NUL), and the schema's
 * ZodError (422 through toErrorResponse) when it does not match.
 */
export async function parseJsonBody<Schema extends z.ZodType>(req: Request, schema: Schema): Promise<z.output<Schema>> {
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json");
  }
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("BAD_REQUEST", "Request body must be valid JSON");
  }
  assertCleanInput(body, "body");
  return schema.parse(body);
}
