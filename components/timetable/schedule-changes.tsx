"use client";
// "What changed since the last publication" for the view on screen; renders nothing when there is
// no earlier publication or nothing changed for this view.
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ScheduleChange, ScheduleSlot } from "@/lib/server/timetable-views/diff-schedule-rows";
import type { TimetableQueryInput } from "./timetable-query-string";
import { useScheduleChanges } from "./use-timetable-view";

function slotText(slot: ScheduleSlot): string {
  return `${slot.dayName} ${slot.startTime}–${slot.endTime}, ${slot.roomCode}`;
}

function ChangeLine({ change }: { change: ScheduleChange }) {
  const subject = (
    <span className="font-medium">
      {change.subjectCode} {change.subjectName}
    </span>
  );
  switch (change.kind) {
    case "moved":
      return (
        <li>
          {subject} moved from {slotText(change.before)} to <strong>{slotText(change.after)}</strong>
          {change.before.facultyName !== change.after.facultyName && change.after.facultyName ? ` (now ${change.after.facultyName})` : null}
        </li>
      );
    case "added":
      return (
        <li>
          {subject} added: <strong>{slotText(change.after)}</strong>
        </li>
      );
    case "removed":
      return (
        <li>
          {subject} no longer meets {slotText(change.before)}
        </li>
      );
  }
}

export function ScheduleChangesPanel({ query }: { query: TimetableQueryInput }) {
  const { data } = useScheduleChanges(query);
  if (!data?.previous || data.changes.length === 0) return null;
  const since = new Date(data.previous.publishedAt).toLocaleDateString(undefined, { dateStyle: "medium" });
  return (
    <Card>
      <CardHeader title="What changed since the last publication" description={`Compared with the timetable published on ${since}.`} />
      <CardBody>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {data.changes.map((change, i) => (
            <ChangeLine key={`${change.offeringId}-${change.kind}-${i}`} change={change} />
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
