// A JSON response whose body has been checked against its response schema. A mismatch is our bug,
// not the caller's, so it is logged and answered with 500 rather than the 422 a ZodError maps to.
import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/domain/app-error";
import { formatZodError } from "@/lib/domain/zod-error-message";
import { log } from "@/lib/log/logger";

// The checked JSON of bodies already answered, by object identity. A cached timetable view
// (get-published-entries.ts) is one read-only object answered to every request for it until the
// data changes, so it is checked and serialised once, not on every request. A body built for one
// request is forgotten with it (WeakMap). Bodies must therefore not be changed once answered.
const answered = new WeakMap<object, { schema: z.ZodType; json: string }>();

function validatedJson(schema: z.ZodType, body: unknown): string {
  const isObject = typeof body === "object" && body !== null;
  const known = isObject ? answered.get(body) : undefined;
  if (known && known.schema === schema) return known.json;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    log.error({ error: formatZodError(parsed.error) }, "response does not match its schema");
    throw new AppError("INTERNAL", "Internal error");
  }
  const json = JSON.stringify(parsed.data);
  if (isObject) answered.set(body, { schema, json });
  return json;
}

export function validatedJsonResponse<Schema extends z.ZodType>(schema: Schema, body: unknown, init?: ResponseInit): Response {
  const json = validatedJson(schema, body);
  const headers = new Headers(init?.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new Response(json, { ...init, headers });
}
