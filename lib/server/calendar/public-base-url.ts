// The origin feed URLs are built on. Behind a reverse proxy the request's own URL can be an
// internal address, so the configured public URL (NEXTAUTH_URL, which next-auth needs anyway)
// wins when set.
import "server-only";
import { readAuthConfig } from "@/lib/config";

export function publicBaseUrl(req: Request): string {
  return readAuthConfig().publicUrl ?? new URL(req.url).origin;
}
