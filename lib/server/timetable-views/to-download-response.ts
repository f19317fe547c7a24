// An exported file as an HTTP response: a download ("attachment" makes browsers save it), or a
// calendar subscription that apps poll ("inline": they do not save files).
import "server-only";
import { createHash } from "node:crypto";
import fresh from "fresh";
import type { ExportedFile } from "./export-timetable-ics";

export function toDownloadResponse(file: ExportedFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      // Personal data: never stored by shared caches, always revalidated.
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * A calendar subscription. Calendar apps poll it for months and most polls find nothing new, so the
 * response carries an ETag of its content and may be kept by the app ("no-cache": stored, but
 * asked about every time); a poll that sends the ETag back (If-None-Match) of an unchanged
 * calendar gets 304 and no body.
 */
export function toFeedResponse(file: ExportedFile, request: Request): Response {
  const etag = `"${createHash("sha256").update(file.body).digest("base64url")}"`;
  const validators = { ETag: etag, "Cache-Control": "private, no-cache" };
  const requestHeaders = { "if-none-match": request.headers.get("if-none-match") ?? undefined, "cache-control": request.headers.get("cache-control") ?? undefined };
  if (fresh(requestHeaders, { etag })) return new Response(null, { status: 304, headers: validators });
  return new Response(file.body, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `inline; filename="${file.fileName}"`, ...validators },
  });
}
