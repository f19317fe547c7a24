import { describe, expect, it } from "vitest";
import {
  DEACTIVATED_ACCOUNT_MESSAGE,
  GENERIC_SIGN_IN_FAILURE_MESSAGE,
  INCORRECT_CREDENTIALS_MESSAGE,
  lockoutMessage,
  SIGN_IN_UNAVAILABLE_MESSAGE,
  signInErrorMessage,
} from "@/lib/auth/sign-in-errors";

describe("signInErrorMessage", () => {
  it("says the same thing for a wrong password and an unknown email", () => {
    // next-auth reports both as CredentialsSignin, because authorize() returns null for both.
    expect(signInErrorMessage("CredentialsSignin")).toBe(INCORRECT_CREDENTIALS_MESSAGE);
    expect(INCORRECT_CREDENTIALS_MESSAGE).toBe("Email or password is incorrect");
  });

  it("shows the lockout and unavailable messages as they are", () => {
    expect(signInErrorMessage(lockoutMessage(30))).toBe("Too many failed sign-ins for this account; try again in 30 seconds");
    expect(signInErrorMessage(SIGN_IN_UNAVAILABLE_MESSAGE)).toBe(SIGN_IN_UNAVAILABLE_MESSAGE);
    expect(signInErrorMessage(DEACTIVATED_ACCOUNT_MESSAGE)).toBe(DEACTIVATED_ACCOUNT_MESSAGE);
  });

  it("does not echo arbitrary text from a crafted ?error= link", () => {
    expect(signInErrorMessage("Your account is suspended, call +1 555 0100")).toBe(GENERIC_SIGN_IN_FAILURE_MESSAGE);
    expect(signInErrorMessage(`${lockoutMessage(30)} or call us`)).toBe(GENERIC_SIGN_IN_FAILURE_MESSAGE);
  });

  it("shows nothing when there is no error", () => {
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });
});
