/**
 * Control characters in untrusted input, checked once where input enters: the URL (proxy.ts), JSON
 * bodies (parseJsonBody), server-action inputs (dataAction) and the text fields' zod schemas.
 *
 * Why: PostgreSQL refuses U+0000 in text (a 500 if it reaches a query), and a CR/LF in a name
 * becomes a new line in a calendar or a CSV file. Free text that may span lines (a description)
 * keeps tab, LF and CR; a URL or a one-line name keeps none.
 *
 * No server-only import: proxy.ts, the browser's form validation and unit tests use this file.
 */

/** C0 controls, DEL and C1 controls: nothing a name, code, id or query parameter ever contains. */
export const ANY_CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** The same minus tab, LF and CR, which multi-line text (a pasted description, a file) may hold. */
export const CONTROL_CHARACTER_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Structured input deeper than this is refused rather than walked (no form or route nests so far). */
export const MAX_INPUT_DEPTH = 32;

export type InputProblem = { path: string; message: string };

/** Where the problem is, as zod paths read ("teacher.name", "batchIds.2"); "" is the input itself. */
function describePath(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

/**
 * The first string (or object key) in `value` holding a control character other than tab/LF/CR, or
 * a nesting deeper than MAX_INPUT_DEPTH; null when the input is clean. Iterative, so a hostile
 * 100,000-deep array cannot overflow the stack.
 */
export function findInputProblem(value: unknown): InputProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      if (CONTROL_CHARACTER_EXCEPT_LINE_BREAKS.test(current)) return { path: describePath(path), message: "must not contain control characters" };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path: describePath(path), message: `is nested more than ${MAX_INPUT_DEPTH} levels deep` };
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    // FormData, Date and other class instances from server actions carry no strings we read here.
    if (Object.getPrototypeOf(current) !== Object.prototype && Object.getPrototypeOf(current) !== null) continue;
    for (const [key, item] of Object.entries(current)) {
      if (CONTROL_CHARACTER_EXCEPT_LINE_BREAKS.test(key)) return { path: describePath(path), message: "has a key with control characters" };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/**
 * The first URL part holding a control character (after percent-decoding), one that does not
 * decode at all, or a query parameter given twice; null when the URL is clean.
 */
export function findUrlProblem(pathname: string, searchParams: URLSearchParams): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return "the path is not valid percent-encoding";
  }
  if (ANY_CONTROL_CHARACTER.test(path)) return "the path contains a control character";
  const seen = new Set<string>();
  for (const [name, value] of searchParams) {
    const shownName = ANY_CONTROL_CHARACTER.test(name) ? JSON.stringify(name) : name;
    if (ANY_CONTROL_CHARACTER.test(name) || ANY_CONTROL_CHARACTER.test(value)) return `the query parameter ${shownName} contains a control character`;
    // Pages read each parameter as one string; `?q=a&q=b` would hand them an array instead.
    if (seen.has(name)) return `the query parameter ${shownName} is given more than once`;
    seen.add(name);
  }
  return null;
}
