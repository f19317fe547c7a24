import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, type DemoAccount } from "./fixtures";

/**
 * A request context signed in through next-auth's own credentials endpoint (the POST the login
 * form makes), without a browser: fast enough to sign in every role for API-level specs.
 */
export async function apiSession(baseURL: string, account: DemoAccount | { email: string } | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (!account) return context;
  const email = typeof account === "string" ? DEMO[account].email : account.email;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email, password: DEMO_PASSWORD, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBeLessThan(400);
  const cookies = (await context.storageState()).cookies;
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token")), `${email} got no session cookie`).toBe(true);
  return context;
}

/** Signs out through next-auth's endpoint, as the sign-out button does. */
export async function apiSignOut(context: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
  expect(response.status(), await response.text()).toBeLessThan(400);
}

/** The session cookie of a signed-in context, to replay it from elsewhere. */
export async function sessionCookieOf(context: APIRequestContext): Promise<string> {
  const cookie = (await context.storageState()).cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}
