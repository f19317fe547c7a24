"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { softConstraintLabel } from "@/components/timetable/soft-constraint-labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { fetchJson } from "@/lib/api/fetch-json";
import type { TJobVariant } from "@/app/api/jobs/[id]/route.types";
import type { TPublishTimetableResponse } from "@/app/api/timetables/[id]/publish/route.types";
import { jobQueryKey } from "./job-query-key";

export interface VariantComparisonProps {
  jobId: string;
  variants: TJobVariant[];
  canPublish: boolean;
}

/** The finished variants side by side: score, hard violations, cost per soft constraint, and actions. */
export function VariantComparison({ jobId, variants, canPublish }: VariantComparisonProps) {
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: (timetableId: string) =>
      fetchJson<TPublishTimetableResponse>(`/api/timetables/${timetableId}/publish`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobQueryKey(jobId) }),
  });

  const results = variants.filter((v) => v.timetableId !== null);
  const constraints = [...new Set(results.flatMap((v) => Object.keys(v.breakdown ?? {})))];
  const best = Math.min(...results.filter((v) => v.hardViolations === 0).map((v) => v.score ?? Infinity));

  return (
    <Card>
      <CardHeader title="Compare variants" description="Lower scores are better. Publishing replaces the term's published timetable." />
      <CardBody className="space-y-4">
        {publish.error ? <Alert tone="error" title="Could not publish">{publish.error.message}</Alert> : null}
        {publish.data ? (
          <Alert tone="success">
            Published.{publish.data.archivedIds.length > 0 ? " The term's previously published timetable was archived." : ""}
          </Alert>
        ) : null}
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
                    {v.score === best ? <span className="ml-2 rounded bg-success-soft px-1.5 text-xs text-success">best</span> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-border">
                <th scope="row" className="py-2 pr-4 text-left font-medium">
                  Score
                </th>
                {results.map((v) => (
                  <td key={v.id} className="py-2 pr-4 font-semibold">
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
                      {v.breakdown?.[key] ?? 0}
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
                      <Button
                        size="sm"
                        aria-label={`Publish ${v.name}`}
                        title={v.hardViolations ? "A timetable with hard violations cannot be published" : undefined}
                        disabled={publish.isPending || (v.hardViolations ?? 0) > 0}
                        onClick={() => publish.mutate(v.timetableId!)}
                      >
                        Publish
                      </Button>
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
