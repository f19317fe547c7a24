"use client";
// "What changed since the last publication" for the view on screen; renders nothing when there is
// no earlier publication or nothing changed for this view. A whole department's view can hold
// hundreds of changes after a regeneration: the first few show, the rest behind "Show all".
import { useState } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ScheduleChange, ScheduleSlot } from "@/lib/domain/timetable-view";
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

/** Changes shown before "Show all": a personal week's changes usually fit. */
export const CHANGES_SHOWN_FIRST = 12;

export function ScheduleChangesPanel({ query }: { query: TimetableQueryInput }) {
  const { data } = useScheduleChanges(query);
  const [showAll, setShowAll] = useState(false);
  if (!data?.previous || data.changes.length === 0) return null;
  const since = new Date(data.previous.publishedAt).toLocaleDateString(undefined, { dateStyle: "medium" });
  const shown = showAll ? data.changes : data.changes.slice(0, CHANGES_SHOWN_FIRST);
  const count = data.changes.length;
  return (
    <Card>
      <CardHeader
        title="What changed since the last publication"
        description={`${count} change${count === 1 ? "" : "s"} compared with the timetable published on ${since}.`}
      />
      <CardBody>
        <ul id="schedule-changes" className="list-disc space-y-1 pl-5 text-sm">
          {shown.map((change, i) => (
            <ChangeLine key={`${change.offeringId}-${change.kind}-${i}`} change={change} />
          ))}
        </ul>
        {count > CHANGES_SHOWN_FIRST ? (
          <button
            type="button"
            className="mt-3 text-sm text-primary underline-offset-2 hover:underline"
            aria-expanded={showAll}
            aria-controls="schedule-changes"
            onClick={() => setShowAll((all) => !all)}
          >
            {showAll ? `Show the first ${CHANGES_SHOWN_FIRST} only` : `Show all ${count} changes`}
          </button>
        ) : null}
      </CardBody>
    </Card>
  );
}
