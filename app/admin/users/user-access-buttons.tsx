"use client";

/**
 * A user's row on the Users screen: Deactivate / Reactivate (POST / DELETE
 * /api/users/:id/deactivation) and End all sessions (DELETE /api/users/:id/sessions), then the
 * page re-renders with the new state. The server decides who may do this; the buttons only ask.
 */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

export type UserAccessButtonsProps = { userId: string; userName: string; deactivated: boolean; isSelf: boolean; openSessions: number };

type Outcome = { tone: "ok" | "error"; text: string };

async function send(url: string, method: "POST" | "DELETE"): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; error: string }> {
  const response = await fetch(url, { method });
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) return { ok: false, error: typeof body?.error === "string" ? body.error : `The request failed (${response.status})` };
  return { ok: true, body: body ?? {} };
}

function sessionsText(n: number): string {
  return n === 1 ? "1 session ended" : `${n} sessions ended`;
}

export function UserAccessButtons({ userId, userName, deactivated, isSelf, openSessions }: UserAccessButtonsProps) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, startTransition] = useTransition();
  const base = `/api/users/${encodeURIComponent(userId)}`;

  function run(url: string, method: "POST" | "DELETE", describe: (body: Record<string, unknown>) => string) {
    startTransition(async () => {
      const result = await send(url, method);
      setOutcome(result.ok ? { tone: "ok", text: describe(result.body) } : { tone: "error", text: result.error });
      if (result.ok) router.refresh();
    });
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <span className="inline-flex flex-wrap gap-2">
        {deactivated ? (
          <Button variant="secondary" size="sm" disabled={pending} aria-label={`Reactivate ${userName}`} onClick={() => run(`${base}/deactivation`, "DELETE", () => "Reactivated")}>
            Reactivate
          </Button>
        ) : (
          <Button
            variant="danger"
            size="sm"
            disabled={pending || isSelf}
            title={isSelf ? "You cannot deactivate your own account" : undefined}
            aria-label={`Deactivate ${userName}`}
            onClick={() => run(`${base}/deactivation`, "POST", (body) => `Deactivated; ${sessionsText(Number(body.revokedSessions ?? 0))}`)}
          >
            Deactivate
          </Button>
        )}
        <Button
          variant="secondary"
          size="sm"
          disabled={pending || openSessions === 0}
          aria-label={`End all sessions of ${userName}`}
          onClick={() => run(`${base}/sessions`, "DELETE", (body) => sessionsText(Number(body.revoked ?? 0)))}
        >
          End all sessions
        </Button>
      </span>
      {outcome ? (
        <span role={outcome.tone === "error" ? "alert" : "status"} className={outcome.tone === "error" ? "max-w-xs text-xs text-danger" : "text-xs text-muted"}>
          {outcome.text}
        </span>
      ) : null}
    </span>
  );
}
