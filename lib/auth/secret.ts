// The secret that signs and encrypts next-auth JWTs, shared by the auth options and proxy.ts (which
// decodes the same cookie). No next-auth import: this is plain configuration.
import { authSecretProblem, DEVELOPMENT_AUTH_SECRET, readAuthConfig, readRuntimeConfig } from "@/lib/config";

let warned = false;

/**
 * NEXTAUTH_SECRET from the environment. In production a missing, short or published secret yields
 * undefined, which makes next-auth refuse to sign anyone in (its NO_SECRET error) rather than
 * accept forged cookies; the web supervisor (scripts/serve-web.ts) already refuses to start then.
 * Outside production a missing secret falls back to a fixed one, so development sessions survive
 * restarts.
 */
export function getAuthSecret(): string | undefined {
  const fromEnv = readAuthConfig().secret;
  const { production, building } = readRuntimeConfig();
  if (production) {
    const problem = authSecretProblem(fromEnv);
    if (!problem) return fromEnv;
    // `next build` evaluates this module too, without the runtime environment: stay quiet there.
    if (!warned && !building) console.error(`[auth] ${problem}; sign-in is disabled until a random secret is set.`);
    warned = true;
    return undefined;
  }
  if (fromEnv) return fromEnv;
  if (!warned) console.warn("[auth] NEXTAUTH_SECRET is not set; using the fixed development secret.");
  warned = true;
  return DEVELOPMENT_AUTH_SECRET;
}
