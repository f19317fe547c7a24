"use client";

/**
 * A clickable week (days x periods). Each click cycles a cell through `states`: neutral ->
 * unavailable -> preferred for faculty, neutral -> unavailable for rooms. "Update availability" sends every marked
 * cell at once and the server replaces the old set in one transaction. Leaving with changes not yet
 * sent asks first (useUnsavedChangesWarning).
 *
 * Each cell is a button named "Mon 09:00"; aria-pressed is "false" (neutral), "true" (unavailable)
 * or "mixed" (preferred), and data-state carries the state name, so tests and screen readers can
 * tell the three apart without relying on colour.
 */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useUnsavedChangesWarning } from "@/components/ui/use-unsaved-changes-warning";
import type { ActionResult } from "@/lib/validation/action-result";

export type CellState = "NEUTRAL" | "UNAVAILABLE" | "PREFERRED";

export interface AvailabilityGridProps {
  days: { day: number; label: string }[];
  periods: { period: number; label: string }[];
  initial: { day: number; period: number; preference: Exclude<CellState, "NEUTRAL"> }[];
  states: CellState[];
  ownerId: string;
  action: (input: unknown) => Promise<ActionResult>;
}

const key = (day: number, period: number) => `${day}:${period}`;

const STATE_CLASSES: Record<CellState, string> = {
  NEUTRAL: "bg-surface",
  UNAVAILABLE: "bg-danger-soft text-danger",
  PREFERRED: "bg-success-soft text-success",
};

const STATE_MARK: Record<CellState, string> = { NEUTRAL: "", UNAVAILABLE: "✕", PREFERRED: "★" };
const PRESSED: Record<CellState, "false" | "true" | "mixed"> = { NEUTRAL: "false", UNAVAILABLE: "true", PREFERRED: "mixed" };

export function AvailabilityGrid({ days, periods, initial, states, ownerId, action }: AvailabilityGridProps) {
  const router = useRouter();
  const [cells, setCells] = useState<Map<string, CellState>>(() => new Map(initial.map((c) => [key(c.day, c.period), c.preference])));
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesWarning(dirty);

  const stateOf = (day: number, period: number): CellState => cells.get(key(day, period)) ?? "NEUTRAL";

  function cycle(day: number, period: number) {
    const current = stateOf(day, period);
    const next = states[(states.indexOf(current) + 1) % states.length];
    setCells((old) => {
      const copy = new Map(old);
      if (next === "NEUTRAL") copy.delete(key(day, period));
      else copy.set(key(day, period), next);
      return copy;
    });
    setMessage(null);
    setDirty(true);
  }

  function save() {
    const marked = [...cells].map(([k, preference]) => {
      const [day, period] = k.split(":").map(Number);
      return { day, period, preference };
    });
    startTransition(async () => {
      const result = await action({ ownerId, cells: marked });
      setMessage(result.ok ? { tone: "success", text: "Availability updated" } : { tone: "error", text: result.error });
      if (result.ok) {
        setDirty(false);
        router.refresh();
      }
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        Click a period to cycle it: {states.map((s) => s.toLowerCase()).join(" → ")}.
      </p>
      <div className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <thead>
            <tr>
              <th className="p-1" />
              {periods.map((p) => (
                <th key={p.period} scope="col" className="p-1 text-xs font-medium">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="p-1 pr-2 text-left text-xs font-medium">
                  {d.label}
                </th>
                {periods.map((p) => {
                  const state = stateOf(d.day, p.period);
                  return (
                    <td key={p.period} className="p-0.5">
                      <button
                        type="button"
                        aria-label={`${d.label} ${p.label}`}
                        aria-pressed={PRESSED[state]}
                        data-state={state.toLowerCase()}
                        title={`${d.label} ${p.label}: ${state.toLowerCase()}`}
                        onClick={() => cycle(d.day, p.period)}
                        className={cn("h-9 w-14 rounded border border-border text-base", STATE_CLASSES[state])}
                      >
                        <span aria-hidden="true">{STATE_MARK[state]}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex items-center gap-3">
        <Button onClick={save} disabled={pending}>
          {pending ? "Updating…" : "Update availability"}
        </Button>
        {dirty ? (
          <span className="text-sm text-muted" role="status">
            Unsaved changes
          </span>
        ) : null}
      </div>
    </div>
  );
}
