// Download file names for a view, e.g. "timetable-cse-3a-2026-27-odd-semester.ics".
import "server-only";

export function exportFileName(label: string, termName: string, extension: "ics" | "csv"): string {
  const slug = `${label} ${termName}`
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 80);
  return `timetable-${slug || "export"}.${extension}`;
}
