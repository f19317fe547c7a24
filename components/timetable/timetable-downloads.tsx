// "Download .ics", "Download CSV" and "Print" for the view on screen. Plain links: the browser
// downloads with the session cookie, and the print page renders on the server.
import { buttonClasses } from "@/components/ui/button";
import { timetableQueryString, type TimetableQueryInput } from "./timetable-query-string";

export function TimetableDownloads({ query }: { query: TimetableQueryInput }) {
  const qs = timetableQueryString(query);
  return (
    <div className="flex flex-wrap gap-2">
      <a className={buttonClasses("secondary", "sm")} href={`/api/timetable.ics?${qs}`} download>
        Download .ics
      </a>
      <a className={buttonClasses("secondary", "sm")} href={`/api/timetable.csv?${qs}`} download>
        Download CSV
      </a>
      <a className={buttonClasses("secondary", "sm")} href={`/timetable/print?${qs}`} target="_blank" rel="noopener">
        Print
      </a>
    </div>
  );
}
