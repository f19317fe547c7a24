/**
 * The body of every data server action: authorize (data.manage), parse the input with the same zod
 * schema the form used, run one domain function, revalidate, and answer an ActionResult.
 *
 * Errors go through errorBody (beside toErrorResponse), the one place that maps AppError / ZodError / Prisma errors,
 * so an action and a route handler report the same problem with the same message.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { assertCleanInput } from "@/lib/api/clean-input";
import { errorBody } from "@/lib/api/errors";
import { requirePageUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/session-user";
import { viewDataChanges } from "@/lib/server/timetable-views/view-data-changes";
import type { ActionResult } from "@/lib/validation/action-result";
import { fieldErrorsFromDetails } from "@/lib/validation/field-errors";

export interface DataActionOptions<S extends z.ZodType, T> {
  schema: S;
  input: unknown;
  run: (data: z.output<S>, user: SessionUser) => Promise<T>;
  /** Paths whose server-rendered lists show the changed record. */
  revalidate?: string[];
}

export async function dataAction<S extends z.ZodType, T>({ schema, input, run, revalidate = [] }: DataActionOptions<S, T>): Promise<ActionResult<T>> {
  try {
    const user = await requirePageUser({ permission: "data.manage" });
    // Before the schema: a NUL in an id the schema passes through would reach PostgreSQL (a 500).
    assertCleanInput(input);
    const data = await run(schema.parse(input), user);
    // Timetable views cached here show the change from this request on (other processes hear of it
    // from the database a moment later).
    viewDataChanges.changedHere();
    for (const path of revalidate) revalidatePath(path);
    return { ok: true, data };
  } catch (error) {
    unstable_rethrow(error);
    const { body } = errorBody(error);
    return { ok: false, error: body.error, fieldErrors: fieldErrorsFromDetails(body.details) };
  }
}
