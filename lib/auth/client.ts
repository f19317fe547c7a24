// Browser-side sign-in and sign-out, the only place client code touches next-auth.
import { signIn, signOut } from "next-auth/react";

export const INCORRECT_CREDENTIALS_MESSAGE = "Email or password is incorrect";
const GENERIC_FAILURE_MESSAGE = "Sign-in failed; please try again";

// Messages thrown by authorize() (lib/auth/auth-options.ts) that are safe to show as they are.
const SHOWN_AS_IS = [/^Too many failed sign-ins for this account; try again in \d+ seconds$/, /^Sign-in is unavailable right now/];

/**
 * Turns next-auth's `error` (from signIn() or the ?error= of a redirect to /login) into the text to
 * show. Unknown values get a generic message so a crafted link cannot put arbitrary text on the page.
 */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return INCORRECT_CREDENTIALS_MESSAGE;
  if (SHOWN_AS_IS.some((pattern) => pattern.test(error))) return error;
  return GENERIC_FAILURE_MESSAGE;
}

export type SignInOutcome = { ok: true } | { ok: false; message: string };

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const response = await signIn("credentials", { email, password, redirect: false });
  if (response?.ok && !response.error) return { ok: true };
  return { ok: false, message: signInErrorMessage(response?.error) ?? GENERIC_FAILURE_MESSAGE };
}

export async function signOutToLogin(): Promise<void> {
  await signOut({ callbackUrl: "/login" });
}
