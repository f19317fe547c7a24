// Browser-side sign-in and sign-out, the only place client code touches next-auth.
import { signIn, signOut } from "next-auth/react";
import { GENERIC_SIGN_IN_FAILURE_MESSAGE, signInErrorMessage } from "@/lib/auth/sign-in-errors";

export { signInErrorMessage };

export type SignInOutcome = { ok: true } | { ok: false; message: string };

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const response = await signIn("credentials", { email, password, redirect: false });
  if (response?.ok && !response.error) return { ok: true };
  return { ok: false, message: signInErrorMessage(response?.error) ?? GENERIC_SIGN_IN_FAILURE_MESSAGE };
}

export async function signOutToLogin(): Promise<void> {
  await signOut({ callbackUrl: "/login" });
}
