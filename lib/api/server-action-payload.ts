// A server action's request, checked before Next decodes it: Next answers a payload it cannot
// decode (invalid JSON, an empty body, junk multipart, more than its 1 MB limit) with a 500. Our
// actions are called by React with their arguments encoded as a JSON array (text/plain), or as
// multipart form data when a form posts; anything else is refused with a 4xx here, in proxy.ts.
import { findInputProblem } from "@/lib/validation/control-characters";

/** Next's default serverActions.bodySizeLimit. */
export const MAX_SERVER_ACTION_BYTES = 1024 * 1024;

export type PayloadProblem = { status: 400 | 413 | 415; message: string };

export function isServerActionRequest(req: Request): boolean {
  return req.method === "POST" && req.headers.has("next-action");
}

/** Null when Next can decode the payload; otherwise the status and message to answer with. */
export async function serverActionPayloadProblem(req: Request): Promise<PayloadProblem | null> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_SERVER_ACTION_BYTES) return { status: 413, message: "The request is larger than 1 MB" };
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await req.clone().formData();
    } catch {
      return { status: 400, message: "The form data cannot be read" };
    }
    const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
    const problem = findInputProblem(fields);
    return problem ? { status: 400, message: `${problem.path}: ${problem.message}` } : null;
  }
  if (type !== "text/plain") return { status: 415, message: "Unsupported content type for a server action" };
  const text = await req.clone().text();
  if (text.length > MAX_SERVER_ACTION_BYTES) return { status: 413, message: "The request is larger than 1 MB" };
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return { status: 400, message: "The request body is not valid JSON" };
  }
  if (!Array.isArray(args)) return { status: 400, message: "The request body must be the action's arguments" };
  const problem = findInputProblem(args);
  if (problem) return { status: 400, message: `${problem.path || "input"}: ${problem.message}` };
  return null;
}
