// Cheap "is anyone signed in?" for proxy.ts: decodes the session JWT from the cookie without
// touching the database. Pages and handlers still check properly (requirePageUser / withAuth).
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";

export async function hasSessionToken(req: NextRequest): Promise<boolean> {
  const secret = getAuthSecret();
  if (!secret) return false;
  const token = await getToken({ req, secret });
  return token !== null && typeof token.id === "string";
}
