import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { errorBody, toErrorResponse } from "@/lib/api/errors";
import { AppError } from "@/lib/domain/app-error";
import { log } from "@/lib/log/logger";

async function read(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("toErrorResponse", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["BAD_REQUEST", 400],
    ["UNAUTHORIZED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
    ["UNPROCESSABLE", 422],
    ["UNAVAILABLE", 503],
    ["INTERNAL", 500],
  ] as const)("maps AppError %s to %i with its message", async (code, status) => {
    const result = await read(toErrorResponse(new AppError(code, `because ${code}`)));
    expect(result).toEqual({ status, body: { error: `because ${code}` } });
  });

  it("includes details when the AppError has them", async () => {
    const result = await read(toErrorResponse(new AppError("CONFLICT", "Already published", { timetableId: "t1" })));
    expect(result.body).toEqual({ error: "Already published", details: { timetableId: "t1" } });
  });

  it("answers 422 naming the field path for a ZodError", async () => {
    const schema = z.object({
      variants: z.number().min(1, "must be between 1 and 5").max(5, "must be between 1 and 5"),
      term: z.object({ id: z.string() }),
    });
    const parsed = schema.safeParse({ variants: 9, term: { id: 3 } });
    expect(parsed.success).toBe(false);
    const result = await read(toErrorResponse(parsed.error));
    expect(result.status).toBe(422);
    expect(result.body.error).toContain("variants: must be between 1 and 5");
    expect(result.body.error).toMatch(/term\.id: /);
    expect(result.body.details).toEqual([
      { path: "variants", message: "must be between 1 and 5" },
      expect.objectContaining({ path: "term.id" }),
    ]);
  });

  it("maps Prisma's unique-constraint and not-found errors", async () => {
    const prismaError = (code: string) => Object.assign(new Error("prisma said no"), { name: "PrismaClientKnownRequestError", code });
    expect((await read(toErrorResponse(prismaError("P2002")))).status).toBe(409);
    expect((await read(toErrorResponse(prismaError("P2025")))).status).toBe(404);
  });

  it("hides and logs unexpected errors", async () => {
    const logError = vi.spyOn(log, "error").mockImplementation(() => {});
    const result = await read(toErrorResponse(new Error("connection string postgres://secret")));
    expect(result).toEqual({ status: 500, body: { error: "Internal error" } });
    expect(logError).toHaveBeenCalledOnce();
  });
});

describe("errorBody", () => {
  it("gives server actions the same status and body as the response, without a Response to read back", async () => {
    const error = new AppError("CONFLICT", "Already published", { timetableId: "t1" });
    expect(errorBody(error)).toEqual(await read(toErrorResponse(error)));
    const invalid = z.object({ name: z.string() }).safeParse({});
    expect(invalid.success).toBe(false);
    expect(errorBody(invalid.error)).toMatchObject({ status: 422, body: { details: [{ path: "name" }] } });
  });
});
