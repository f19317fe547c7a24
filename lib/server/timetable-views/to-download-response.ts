// An exported file as an HTTP response. "attachment" makes browsers save it; calendar apps polling
// a subscription URL do not care, so the feed uses "inline".
import type { ExportedFile } from "./export-timetable-ics";

export function toDownloadResponse(file: ExportedFile, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `${disposition}; filename="${file.fileName}"`,
      // Personal data: never stored by shared caches, always revalidated.
      "Cache-Control": "private, no-store",
    },
  });
}
