import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { TTimetableDiff } from "@/lib/domain/timetable-changes";

type Where = NonNullable<TTimetableDiff["moved"][number]["from"]>;
const at = (w: Where | null) => (w ? `${w.dayName} ${w.startTime} in ${w.roomName}` : "—");
const SHOWN = 30;

/** Entry id -> a short note for the grid ("moved from Tue 09:00"). */
export function changeNotes(diff: TTimetableDiff): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const m of diff.moved) notes[m.meetingId] = `moved from ${m.from!.dayName} ${m.from!.startTime}`;
  for (const m of diff.roomChanged) notes[m.meetingId] = `room was ${m.from!.roomName}`;
  for (const m of diff.added) notes[m.meetingId] = "new";
  return notes;
}

/** What this timetable changes against the published one, as a list (the grid highlights the same meetings). */
export function ChangesAgainstPublished({ diff, publishedName }: { diff: TTimetableDiff; publishedName: string }) {
  const rows = [
    ...diff.moved.map((m) => ({ ...m, kind: "Moved" })),
    ...diff.roomChanged.map((m) => ({ ...m, kind: "Room changed" })),
    ...diff.added.map((m) => ({ ...m, kind: "Added" })),
    ...diff.removed.map((m) => ({ ...m, kind: "Removed" })),
  ];
  return (
    <Card className="mb-6">
      <CardHeader
        title={`Changes against the published “${publishedName}” (${rows.length})`}
        description={`${diff.studentsAffected} students and ${diff.facultyAffected} faculty members affected. Score ${Math.round(diff.scoreBefore)} → ${Math.round(diff.scoreAfter)}, hard violations ${diff.hardBefore} → ${diff.hardAfter}. Changed meetings are outlined on the grid below.`}
      />
      {rows.length > 0 ? (
        <CardBody>
          <table className="w-full text-sm" aria-label="Changes against the published timetable">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1 pr-3 font-medium">Change</th>
                <th className="py-1 pr-3 font-medium">Subject</th>
                <th className="py-1 pr-3 font-medium">Batches</th>
                <th className="py-1 pr-3 font-medium">Was</th>
                <th className="py-1 font-medium">Now</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((r) => (
                <tr key={`${r.kind}-${r.meetingId}`} className="border-t border-border">
                  <td className="py-1 pr-3">{r.kind}</td>
                  <td className="py-1 pr-3">{r.subjectCode}</td>
                  <td className="py-1 pr-3">{r.batchCodes.join(", ")}</td>
                  <td className="py-1 pr-3">{at(r.from)}</td>
                  <td className="py-1">{at(r.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN ? <p className="mt-2 text-muted">and {rows.length - SHOWN} more</p> : null}
        </CardBody>
      ) : null}
    </Card>
  );
}
