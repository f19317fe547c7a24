// Where to send a visitor after signing in. proxy.ts passes the requested path + query to server
// components in a header (they cannot read the URL otherwise); the login page takes ?callbackUrl=.
// No server-only or next-auth import: proxy.ts, the login page and tests all use this.
export const REQUEST_PATH_HEADER = "x-timetabler-path";

/**
 * The candidate when it is a path on this site, else null. Rejects absolute URLs and
 * protocol-relative forms ("//evil.example", "/\\evil.example") so a crafted link cannot use the
 * sign-in page as an open redirect.
 */
export function safeCallbackPath(candidate: string | null | undefined): string | null {
  if (!candidate || !candidate.startsWith("/")) return null;
  if (candidate.startsWith("//") || candidate.startsWith("/\\")) return null;
  // Control characters (tabs, newlines) are stripped by browsers, which would turn "/\t/evil" into
  // "//evil".
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return null;
  return candidate;
}
