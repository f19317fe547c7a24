"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { signInErrorMessage, signInWithPassword } from "@/lib/auth/client";

type FieldErrors = { email?: string; password?: string };

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = "Enter your email";
  if (!password) errors.password = "Enter your password";
  return errors;
}

export type LoginFormProps = {
  /** Same-site path to open after signing in; otherwise "/" sends the user to their role's home. */
  callbackPath: string | null;
  /** next-auth's ?error= when a sign-in was redirected back here. */
  initialError: string | null;
};

export function LoginForm({ callbackPath, initialError }: LoginFormProps) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(signInErrorMessage(initialError));
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");

    const errors = validate(email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;

    setPending(true);
    const outcome = await signInWithPassword(email.trim(), password);
    if (!outcome.ok) {
      setFormError(outcome.message);
      setPending(false);
      return;
    }
    // A full navigation, so the server renders the header and page with the new session cookie.
    window.location.assign(callbackPath ?? "/");
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        autoFocus
        error={fieldErrors.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
