// Checks an email and password against the User table, through the login throttle. Plain domain
// code (no next-auth) so it can be tested and reused; lib/auth/auth-options.ts adapts it.
import "server-only";
import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { claimLoginAttempt, clearLoginFailures, normaliseEmail } from "@/lib/server/auth/login-throttle";

export type VerifiedUser = { id: string; email: string; name: string; role: Role; departmentId: string | null };

export type VerifyCredentialsResult =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

export type VerifyCredentialsOptions = { email: string; password: string };

// Compared against when the email is unknown, so that a wrong email costs as much time as a wrong
// password and response times do not reveal which accounts exist. (bcrypt hash of a random string.)
const DUMMY_HASH = "$2b$10$OaAgRnpM46e3Kn48jnwSQ.mb1CuXJGyigQRt6W947GuOSKJdNJE6.";

export async function verifyCredentials({ email, password }: VerifyCredentialsOptions): Promise<VerifyCredentialsResult> {
  const normalisedEmail = normaliseEmail(email);
  if (!normalisedEmail || !password) return { ok: false, reason: "invalid" };

  const claim = await claimLoginAttempt(normalisedEmail);
  if (!claim.allowed) return { ok: false, reason: "locked", retryAfterSeconds: claim.retryAfterSeconds };

  const user = await prisma.user.findUnique({
    where: { email: normalisedEmail },
    select: { id: true, email: true, name: true, role: true, departmentId: true, passwordHash: true, deactivatedAt: true },
  });
  const passwordMatches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordMatches) return { ok: false, reason: "invalid" };

  await clearLoginFailures(normalisedEmail);
  // Said only to someone who knows the password, so it reveals nothing a guesser could use.
  if (user.deactivatedAt) return { ok: false, reason: "deactivated" };
  const { passwordHash: _omitted, deactivatedAt: _active, ...verified } = user;
  return { ok: true, user: verified };
}
