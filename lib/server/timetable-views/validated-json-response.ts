// A JSON response whose body has been checked against its response schema. A mismatch is our bug,
// not the caller's, so it is logged and answered with 500 rather than the 422 a ZodError maps to.
import type { z } from "zod";
import { AppError, formatZodError } from "@/lib/api/errors";

export function validatedJsonResponse<Schema extends z.ZodType>(schema: Schema, body: unknown, init?: ResponseInit): Response {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error("[api] response does not match its schema:", formatZodError(parsed.error));
    throw new AppError("INTERNAL", "Internal error");
  }
  return Response.json(parsed.data, init);
}
