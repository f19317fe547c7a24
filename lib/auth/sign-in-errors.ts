// What the sign-in form shows for next-auth's `error` value. Kept apart from lib/auth/client.ts
// (which imports next-auth/react) so it can be unit-tested.

export const INCORRECT_CREDENTIALS_MESSAGE = "Email or password is incorrect";
export const GENERIC_SIGN_IN_FAILURE_MESSAGE = "Sign-in failed; please try again";
export const SIGN_IN_UNAVAILABLE_MESSAGE = "Sign-in is unavailable right now; try again in a moment";
export const DEACTIVATED_ACCOUNT_MESSAGE = "This account has been deactivated; ask an administrator to reactivate it";

/** Thrown by authorize() while the account is locked by the login throttle. */
export function lockoutMessage(retryAfterSeconds: number): string {
  return `Too many failed sign-ins for this account; try again in ${retryAfterSeconds} seconds`;
}

// Messages thrown by authorize() (lib/auth/auth-options.ts) that are safe to show as they are.
const SHOWN_AS_IS = [
  /^Too many failed sign-ins for this account; try again in \d+ seconds$/,
  /^Sign-in is unavailable right now; try again in a moment$/,
  /^This account has been deactivated; ask an administrator to reactivate it$/,
];

/**
 * Turns next-auth's `error` (from signIn() or the ?error= of a redirect to /login) into the text to
 * show. Unknown values get a generic message so a crafted link cannot put arbitrary text on the page.
 */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return INCORRECT_CREDENTIALS_MESSAGE;
  if (SHOWN_AS_IS.some((pattern) => pattern.test(error))) return error;
  return GENERIC_SIGN_IN_FAILURE_MESSAGE;
}
