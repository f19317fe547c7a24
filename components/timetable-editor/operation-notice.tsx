"use client";

import { Alert } from "@/components/ui/alert";
import { formatScoreDelta } from "./cell-options";
import type { RemoteChange } from "./use-remote-changes";
import type { OperationOutcome } from "./use-edit-operation";

function Dismiss({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="ml-2 underline" onClick={onClick}>
      Dismiss
    </button>
  );
}

/** What the last operation did, or why it did not; and what someone else changed meanwhile. */
export function OperationNotice({ outcome, remote, onDismiss, onDismissRemote }: {
  outcome: OperationOutcome | null;
  remote: RemoteChange | null;
  onDismiss: () => void;
  onDismissRemote: () => void;
}) {
  return (
    <div className="space-y-2">
      {remote ? (
        <Alert tone="info" title={`Changed by ${remote.actorName}`}>
          {remote.summary}. The grid shows it now.
          <Dismiss onClick={onDismissRemote} />
        </Alert>
      ) : null}
      {outcome?.kind === "applied" ? (
        <Alert tone="success" title={outcome.response.edit.summary}>
          Score {outcome.scoreBefore} → {outcome.response.score} ({formatScoreDelta(outcome.response.score - outcome.scoreBefore)}), hard
          violations {outcome.response.hardViolations}.
          <Dismiss onClick={onDismiss} />
        </Alert>
      ) : null}
      {outcome?.kind === "stale" ? (
        <Alert tone="warning" title="Someone else changed this timetable first">
          Nothing was saved: your change was made on version {outcome.sentVersion}, the timetable is now at version {outcome.currentVersion}.
          The grid has been reloaded with their changes; check it and try again.
          <Dismiss onClick={onDismiss} />
        </Alert>
      ) : null}
      {outcome?.kind === "error" ? (
        <Alert tone="error" title="The change was not made">
          {outcome.message}
          <Dismiss onClick={onDismiss} />
        </Alert>
      ) : null}
    </div>
  );
}
