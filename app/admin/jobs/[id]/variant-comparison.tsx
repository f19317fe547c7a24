"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { PublishWithConfirmation } from "@/components/timetable/publish-with-confirmation";
import { softConstraintLabel } from "@/components/timetable/soft-constraint-labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TJobVariant } from "@/app/api/jobs/[id]/route.types";
import { jobQueryKey } from "./job-query-key";

export interface VariantComparisonProps {
  jobId: string;
  variants: TJobVariant[];
  /** The weight profile every variant's comparableScore is computed under. */
  comparedUnder: string | null;
  canPublish: boolean;
}

/**
 * The finished variants side by side, like for like: each was searched under its own weight
 * profile, so they are ranked by their score under one profile (comparedUnder) and by the amounts
 * of each soft constraint in its own units; their own scores are shown too.
 */
export function VariantComparison({ jobId, variants, comparedUnder, canPublish }: VariantComparisonProps) {
  const queryClient = useQueryClient();

  const results = variants.filter((v) => v.timetableId !== null);
  // Timetables saved before soft amounts were kept have only their own score: fall back to it.
  const comparable = comparedUnder !== null && results.every((v) => v.comparableScore !== null);
  const rankScore = (v: TJobVariant) => (comparable ? v.comparableScore : v.score) ?? Infinity;
  // Per constraint: amounts in their own units when comparable, else the variant's own weighted costs.
  const perConstraint = (v: TJobVariant) => (comparable ? v.units : v.breakdown) ?? {};
  const constraints = [...new Set(results.flatMap((v) => Object.keys(perConstraint(v))))];
  const best = Math.min(...results.filter((v) => v.hardViolations === 0).map(rankScore));

  return (
    <Card>
      <CardHeader
        title="Compare variants"
        description={
          comparable
            ? `Lower is better. Each variant was searched under its own priorities; all are scored here under "${comparedUnder}" so they compare like for like. Constraint rows count what is bent (students over capacity, isolated classes, ...). Publishing replaces the term's published timetable.`
            : "Lower scores are better. Publishing replaces the term's published timetable."
        }
      />
      <CardBody className="space-y-4">
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Variants compared</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-2 pr-4 font-medium text-muted">
                  Measure
                </th>
                {results.map((v) => (
                  <th key={v.id} scope="col" className="py-2 pr-4 font-semibold">
                    {v.name}
                    {v.hardViolations === 0 && rankScore(v) === best ? (
                      <span className="ml-2 rounded bg-success-soft px-1.5 text-xs text-success">best</span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparable ? (
                <tr className="border-t border-border">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    Score under {comparedUnder}
                  </th>
                  {results.map((v) => (
                    <td key={v.id} className="py-2 pr-4 font-semibold">
                      {v.comparableScore}
                    </td>
                  ))}
                </tr>
              ) : null}
              <tr className="border-t border-border">
                <th scope="row" className={comparable ? "py-2 pr-4 text-left font-normal text-muted" : "py-2 pr-4 text-left font-medium"}>
                  {comparable ? "Score under its own priorities" : "Score"}
                </th>
                {results.map((v) => (
                  <td key={v.id} className={comparable ? "py-2 pr-4 text-muted" : "py-2 pr-4 font-semibold"}>
                    {v.score}
                  </td>
                ))}
              </tr>
              <tr className="border-t border-border">
                <th scope="row" className="py-2 pr-4 text-left font-medium">
                  Hard violations
                </th>
                {results.map((v) => (
                  <td key={v.id} className={v.hardViolations ? "py-2 pr-4 text-danger" : "py-2 pr-4"}>
                    {v.hardViolations}
                  </td>
                ))}
              </tr>
              {constraints.map((key) => (
                <tr key={key} className="border-t border-border">
                  <th scope="row" className="py-1 pr-4 text-left font-normal text-muted">
                    {softConstraintLabel(key)}
                  </th>
                  {results.map((v) => (
                    <td key={v.id} className="py-1 pr-4">
                      {perConstraint(v)[key] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="border-t border-border">
                <th scope="row" className="py-2 pr-4 text-left font-medium">
                  <span className="sr-only">Actions</span>
                </th>
                {results.map((v) => (
                  <td key={v.id} className="space-y-2 py-2 pr-4">
                    <Link href={`/admin/timetables/${v.timetableId}`} className="block" aria-label={`Review ${v.name}`}>
                      Review
                    </Link>
                    {v.timetableStatus === "published" ? (
                      <span className="inline-block rounded bg-success-soft px-2 py-0.5 text-xs font-medium text-success">Published</span>
                    ) : v.timetableStatus === "archived" ? (
                      <span className="inline-block rounded bg-subtle px-2 py-0.5 text-xs text-muted">Archived</span>
                    ) : canPublish ? (
                      <PublishWithConfirmation
                        timetableId={v.timetableId!}
                        timetableName={v.name}
                        disabled={(v.hardViolations ?? 0) > 0}
                        disabledReason={v.hardViolations ? "A timetable with hard violations cannot be published" : undefined}
                        onPublished={() => void queryClient.invalidateQueries({ queryKey: jobQueryKey(jobId) })}
                      />
                    ) : null}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </CardBody>
    </Card>
  );
}
