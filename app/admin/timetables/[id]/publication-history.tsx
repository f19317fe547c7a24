import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Publication } from "@/lib/server/timetables/list-publications";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Every publication of the term, newest first (from the audit log), roll backs marked. */
export function PublicationHistory({ publications }: { publications: Publication[] }) {
  if (publications.length === 0) return null;
  return (
    <Card className="mt-6">
      <CardHeader title="Publication history" description="Every publication of this term, newest first. An archived timetable can be published again to roll back." />
      <CardBody>
        <ol className="space-y-1 text-sm" aria-label="Publication history">
          {publications.map((p, i) => (
            <li key={i}>
              {dateTime.format(p.at)} UTC:{" "}
              {p.timetableId ? <Link href={`/admin/timetables/${p.timetableId}`}>{p.timetableName}</Link> : p.timetableName}
              {p.rollback ? " (roll back)" : ""}
              {p.actorName ? ` by ${p.actorName}` : ""}
            </li>
          ))}
        </ol>
      </CardBody>
    </Card>
  );
}
