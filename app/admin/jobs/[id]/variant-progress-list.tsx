import type { TJobVariant } from "@/app/api/jobs/[id]/route.types";
import { JobStatusBadge } from "../job-status-badge";

const scoreText = (variant: TJobVariant) => {
  if (variant.score === null) return variant.status === "pending" || variant.status === "running" ? "no solution yet" : "no timetable";
  const hard = variant.hardViolations ? `, ${variant.hardViolations} hard violation${variant.hardViolations === 1 ? "" : "s"}` : "";
  return `best score ${variant.score}${hard}`;
};

/** One labelled progress bar per variant with its live stage and best score. */
export function VariantProgressList({ variants }: { variants: TJobVariant[] }) {
  return (
    <ul className="space-y-4">
      {variants.map((variant) => (
        <li key={variant.id} className="rounded-lg border border-border bg-surface p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <span id={`variant-${variant.id}-name`} className="font-medium">
              {variant.name}
            </span>
            <span className="flex items-center gap-2 text-sm text-muted">
              <JobStatusBadge status={variant.status} />
              {variant.status === "running" ? `${variant.stage ?? "starting"} · ` : ""}
              {scoreText(variant)}
              {variant.status === "running" && variant.secondsLeft !== null ? ` · ${variant.secondsLeft} s left` : ""}
            </span>
          </div>
          <div
            role="progressbar"
            aria-labelledby={`variant-${variant.id}-name`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={variant.progress}
            aria-valuetext={`${variant.progress}%${variant.stage ? `, ${variant.stage}` : ""}`}
            className="h-2 overflow-hidden rounded bg-subtle"
          >
            <div className="h-full rounded bg-primary transition-[width]" style={{ width: `${variant.progress}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
