import { AppError } from "@/lib/domain/app-error";

/**
 * Redis (and so the queue) cannot be reached. An AppError with code UNAVAILABLE so that a route
 * handler that lets it escape answers 503; createGenerationJob catches it and keeps the row QUEUED
 * for the worker's reconciliation to enqueue when Redis returns.
 */
export class QueueUnavailableError extends AppError {
  constructor(message = "The job queue is unavailable", cause?: unknown) {
    super("UNAVAILABLE", message);
    this.name = "QueueUnavailableError";
    if (cause !== undefined) this.cause = cause;
  }
}
