// Browser-side sign-in and sign-out, the only place client code touches next-auth.
import { signIn, signOut } from "next-auth/react";
import { GENERIC_SIGN_IN_FAILURE_MESSAGE, signInErrorMessage } from "@/lib/auth/sign-in-errors";

export { signInErrorMessage };

export type SignInOutcome = { ok: true } | { ok: false; message: string };

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  let response;
  try {
    response = await signIn("credentials", { email, password, redirect: false });
  } catch {
    // Network failure or a non-JSON answer: the user can simply try again.
    return { ok: false, message: GENERIC_SIGN_IN_FAILURE_MESSAGE };
  }
  if (response?.ok && !response.error) return { ok: true };
  return { ok: false, message: signInErrorMessage(response?.error) ?? GENERIC_SIGN_IN_FAILURE_MESSAGE };
}

export async function signOutToLogin(): Promise<void> {
  // Navigate ourselves: next-auth would build the URL from NEXTAUTH_URL, which may name another
  // port or host than the one the user is on (e.g. tests on a non-default port).
  await signOut({ redirect: false });
  window.location.assign("/login");
}
