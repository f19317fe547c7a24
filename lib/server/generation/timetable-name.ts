/**
 * A generated timetable's name: the variant's profile plus when its job was requested (in the term's
 * time zone) and a short job reference, so drafts of different jobs never share a name
 * ("Balanced · 2 Dec 16:40 · job 7k2q" rather than "Balanced" three times). Pure.
 */
import "server-only";

export function generatedTimetableName(variantName: string, job: { id: string; createdAt: Date }, timeZone: string): string {
  const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(job.createdAt);
  return `${variantName} · ${when.replace(",", "")} · job ${job.id.slice(-4)}`;
}
