/**
 * A password hash no password can match, for accounts created by registrars and imports: the person
 * signs in only after an administrator sets a password. Random so that no two rows share a value.
 */
import "server-only";
import { randomBytes } from "node:crypto";

export function unusablePasswordHash(): string {
  return `!unusable!${randomBytes(18).toString("base64url")}`;
}
