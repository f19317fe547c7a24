"use client";

import { useState } from "react";
import { softConstraintLabel } from "@/components/timetable/soft-constraint-labels";
import { SoftViolationGroups } from "@/components/timetable/soft-violation-groups";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TEditorTimetable, TEditorViolation } from "@/lib/domain/timetable-editor";

export interface ScorePanelProps {
  timetable: TEditorTimetable;
  /** The week on screen: the violation list can be narrowed to the ones involving its meetings. */
  view: { label: string; entryIds: ReadonlySet<string> };
  /** Shows the meetings of a violation in the grid. */
  onShow: (violation: TEditorViolation) => void;
}

/** The timetable as it stands after the last edit: score, hard count, per-constraint costs, every violation. */
export function ScorePanel({ timetable, view, onShow }: ScorePanelProps) {
  const [onlyView, setOnlyView] = useState(false);
  const shown = onlyView ? timetable.violations.filter((v) => v.entryIds.some((id) => view.entryIds.has(id))) : timetable.violations;
  const hard = shown.filter((v) => v.hard);
  const soft = shown.filter((v) => !v.hard);
  const breakdown = Object.entries(timetable.breakdown).filter(([, cost]) => cost !== 0).sort((a, b) => b[1] - a[1]);

  return (
    <Card aria-label="Score">
      <CardHeader title="Score" description="Lower is better. Updated after every change." />
      <CardBody className="space-y-4 text-sm">
        <dl className="grid grid-cols-2 gap-2">
          <div>
            <dt className="text-muted">Score</dt>
            <dd data-testid="editor-score" className="text-2xl font-semibold tabular-nums">
              {timetable.score}
            </dd>
          </div>
          <div>
            <dt className="text-muted">Hard violations</dt>
            <dd data-testid="editor-hard" className={cn("text-2xl font-semibold tabular-nums", timetable.hardViolations > 0 && "text-danger")}>
              {timetable.hardViolations}
            </dd>
          </div>
        </dl>
        {breakdown.length > 0 ? (
          <table className="w-full">
            <caption className="sr-only">Cost per constraint</caption>
            <tbody>
              {breakdown.map(([key, cost]) => (
                <tr key={key} className="border-t border-border">
                  <th scope="row" className="py-1 text-left font-normal text-muted">
                    {softConstraintLabel(key)}
                  </th>
                  <td className="py-1 text-right tabular-nums">{cost}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {timetable.violations.length > 0 ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={onlyView} onChange={(e) => setOnlyView(e.target.checked)} />
            Only violations involving {view.label}
          </label>
        ) : null}
        {hard.length > 0 ? (
          <div>
            <h3 className="text-sm text-danger">Hard violations ({hard.length})</h3>
            <ul aria-label="Hard violations" className="mt-1 space-y-1">
              {hard.map((violation, i) => (
                <li key={i} className="flex items-start gap-2 rounded border border-danger/40 bg-danger-soft px-2 py-1 text-danger">
                  <span className="flex-1">{violation.message}</span>
                  {violation.entryIds.length > 0 ? (
                    <button type="button" className="shrink-0 underline" onClick={() => onShow(violation)}>
                      Show
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {soft.length > 0 ? (
          <div>
            <h3 className="text-sm">Soft violations ({soft.length})</h3>
            <div className="mt-1">
              <SoftViolationGroups violations={soft} />
            </div>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
