import type { TBlocker } from "@/app/api/jobs/[id]/route.types";

const MAX_SHOWN = 50;

/** The solver's explanation: which meetings cannot be placed and why, one sentence each. */
export function BlockerList({ blockers }: { blockers: TBlocker[] }) {
  const shown = blockers.slice(0, MAX_SHOWN);
  return (
    <div className="mt-3">
      <p className="font-medium">What to fix:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {shown.map((blocker, i) => (
          <li key={`${blocker.kind}-${i}`}>{blocker.message}</li>
        ))}
      </ul>
      {blockers.length > shown.length ? <p className="mt-1">…and {blockers.length - shown.length} more.</p> : null}
    </div>
  );
}
