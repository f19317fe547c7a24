/**
 * AppErrors for data changes. Details use the `{ path, message }[]` shape of a zod 422 so that
 * forms show a uniqueness clash next to the field, like any other validation error.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";

export function fieldConflict(path: string, message: string): AppError {
  return new AppError("CONFLICT", message, [{ path, message }]);
}

export function fieldInvalid(path: string, message: string): AppError {
  return new AppError("UNPROCESSABLE", message, [{ path, message }]);
}

/** A delete that would orphan other data: the message says what still uses the record. */
export function deleteRefused(message: string): AppError {
  return new AppError("CONFLICT", message);
}

export function notFound(entity: string): AppError {
  return new AppError("NOT_FOUND", `${entity} not found`);
}

/** "1 student" / "3 students". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
