/**
 * The Content-Security-Policy of every page, nonce-based as Next 16's guide describes: proxy.ts
 * makes a fresh nonce per request and puts this policy on both the request (Next reads the nonce
 * from it while rendering and adds it to its own scripts and inline styles) and the response (the
 * browser enforces it). Every page here renders per request, so each gets its nonce.
 *
 * Scripts: only those carrying the nonce, and what they load ('strict-dynamic'); no inline or
 * injected script runs. Styles: our CSS files and Next's nonce'd <style> tags; style *attributes*
 * stay allowed, because React renders `style={...}` (progress bars, grid placement) into the HTML
 * and those cannot carry a nonce. Development adds what React's dev tools need ('unsafe-eval').
 * Pure: unit-tested, and imported by proxy.ts.
 */

/**
 * The request header proxy.ts passes the nonce to pages in, for the rare element of our own that
 * needs it (the print page's <style>); Next finds it in the policy by itself.
 */
export const NONCE_HEADER = "x-nonce";

export type ContentSecurityPolicyOptions = {
  nonce: string;
  /** `next dev`: React's debugging uses eval, and dev styles are injected without a nonce. */
  development: boolean;
  /** The browser reached us over https (directly or through the load balancer). */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, development, https }: ContentSecurityPolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: on a plain-http install it would send the browser to an https port nobody serves.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The policy of route handlers' answers (JSON, calendars, CSV): nothing in them may load or run
 * anything, nor be framed, should a browser ever render one as a document (OWASP's REST advice).
 * Not for /api/auth: next-auth renders its own sign-out page there, with inline styles.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Whether a path's answers carry API_CONTENT_SECURITY_POLICY. */
export const takesApiPolicy = (pathname: string) => pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/");

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
