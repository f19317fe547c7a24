// Client-side JSON fetch for react-query: turns our `{ error, details? }` responses into a typed
// error carrying the HTTP status, so retry rules and error messages can depend on it.

export class ApiRequestError extends Error {
  readonly status: number;
  readonly details?: unknown;
  /** The whole parsed error body, for routes whose errors carry more than a message (e.g. a 409's current version). */
  readonly body?: unknown;

  constructor(status: number, message: string, details?: unknown, body?: unknown) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.details = details;
    this.body = body;
  }
}

/** Statuses that retrying cannot fix: the user has to sign in, or is not allowed, or it is gone. */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof ApiRequestError && [400, 401, 403, 404, 409, 422].includes(error.status);
}

export async function fetchJson<T>(input: string, init?: RequestInit): Promise<T> {
  const response = await fetch(input, {
    ...init,
    headers: { Accept: "application/json", ...(init?.body ? { "Content-Type": "application/json" } : {}), ...init?.headers },
  });
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    const payload = (body ?? {}) as { error?: unknown; details?: unknown };
    const message = typeof payload.error === "string" ? payload.error : `Request failed (${response.status})`;
    throw new ApiRequestError(response.status, message, payload.details, body);
  }
  return body as T;
}
