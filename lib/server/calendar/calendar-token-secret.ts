// Calendar feed tokens: 32 random bytes, base64url, shown to their owner once. Only the SHA-256 is
// stored, so a database leak does not hand out working feed URLs. A plain hash (no salt) is enough
// because the token has 256 bits of entropy: there is nothing to brute-force.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes in unpadded base64url

export function generateCalendarToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashCalendarToken(token) };
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedCalendarToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function calendarFeedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/calendar/${token}.ics`;
}
