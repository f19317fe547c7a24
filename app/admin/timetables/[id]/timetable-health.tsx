import { RepairButton } from "@/components/timetable/repair-button";
import { Alert } from "@/components/ui/alert";
import type { TTimetableCheck } from "@/lib/domain/timetable-changes";

const SHOWN = 8;

/**
 * The warning a published timetable gets when the term's data changed under it: what is broken,
 * in the editor's words, and a Repair button. Nothing when it is still valid.
 */
export function TimetableHealth({ check, name }: { check: TTimetableCheck; name: string }) {
  if (check.valid) return null;
  const problems = [
    ...check.violations.filter((v) => v.kind !== "unplaced").map((v) => v.message),
    ...check.unplaced.map((u) => `${u.name}: ${u.meetings} meeting${u.meetings === 1 ? "" : "s"} not in the timetable`),
  ];
  return (
    <Alert tone="warning" title={`“${name}” no longer fits the term's data`} className="mb-6">
      <p>
        {check.hardViolations} hard violation{check.hardViolations === 1 ? "" : "s"} under the current data. A repair moves only what it must and
        gives you a draft to review before anything changes for students and faculty.
      </p>
      <ul className="mt-2 list-disc pl-5">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
        {problems.length > SHOWN ? <li>and {problems.length - SHOWN} more</li> : null}
      </ul>
      <div className="mt-3">
        <RepairButton timetableId={check.timetableId} />
      </div>
    </Alert>
  );
}
