/**
 * Signing in to a running app over HTTP as a browser does (next-auth's CSRF token, then the
 * credentials callback), for the benchmark scripts that drive it from outside.
 */
export function cookiesFrom(response: Response, existing = ""): string {
  const jar = new Map(existing.split("; ").filter(Boolean).map((pair) => [pair.split("=")[0], pair] as const));
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0];
    jar.set(pair.split("=")[0], pair);
  }
  return [...jar.values()].join("; ");
}

/** Signs in and returns the session cookie; throws when the session is not that user's. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  let cookie = cookiesFrom(csrfResponse);
  const signInResponse = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: "true" }),
  });
  cookie = cookiesFrom(signInResponse, cookie);
  const session = (await (await fetch(`${baseUrl}/api/auth/session`, { headers: { Cookie: cookie } })).json()) as { user?: { email?: string } };
  if (session.user?.email !== email) throw new Error(`sign-in as ${email} failed (status ${signInResponse.status})`);
  return cookie;
}
