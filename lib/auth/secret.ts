// The secret that signs and encrypts next-auth JWTs, shared by the auth options and proxy.ts (which
// decodes the same cookie). No next-auth import: this is plain configuration.
import { readAuthConfig, readRuntimeConfig } from "@/lib/config";

// A fixed secret keeps development sessions valid across restarts. It is public, so it is never
// used when NODE_ENV is production.
const DEVELOPMENT_SECRET = "timetabler-development-secret-do-not-use-in-production";

let warned = false;

/**
 * NEXTAUTH_SECRET from the environment. In production a missing secret yields undefined, which
 * makes next-auth refuse to sign anyone in (its NO_SECRET error) rather than use a guessable key;
 * the start script writes a generated secret into .env so this should not happen.
 */
export function getAuthSecret(): string | undefined {
  const fromEnv = readAuthConfig().secret;
  if (fromEnv) return fromEnv;
  const { production, building } = readRuntimeConfig();
  if (production) {
    // `next build` evaluates this module too, without the runtime environment: stay quiet there.
    if (!warned && !building) console.error("[auth] NEXTAUTH_SECRET is not set; sign-in is disabled until it is.");
    warned = true;
    return undefined;
  }
  if (!warned) console.warn("[auth] NEXTAUTH_SECRET is not set; using the fixed development secret.");
  warned = true;
  return DEVELOPMENT_SECRET;
}
