"use client";
// The "Calendar subscription" panel: create a private feed URL (shown once: only its hash is
// stored), copy it, open it in a calendar app, or revoke every feed URL of this account.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/form-field";
import { fetchJson } from "@/lib/api/fetch-json";
import type { CreatedCalendarToken } from "@/lib/domain/calendar-subscription";
import type { CalendarSubscriptionStatus } from "@/lib/domain/calendar-subscription";

const STATUS_KEY = ["calendar-subscription"];

function formatDate(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "never";
}

export function CalendarSubscription() {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedCalendarToken | null>(null);
  const [copied, setCopied] = useState(false);
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => fetchJson<CalendarSubscriptionStatus>("/api/calendar/token") });

  const create = useMutation({
    mutationFn: () => fetchJson<CreatedCalendarToken>("/api/calendar/token", { method: "POST" }),
    onSuccess: (token) => {
      setCreated(token);
      setCopied(false);
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: () => fetchJson<{ revoked: number }>("/api/calendar/token", { method: "DELETE" }),
    onSuccess: () => {
      setCreated(null);
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    },
  });

  async function copy(url: string) {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }

  const active = status.data?.activeTokens ?? 0;
  const error = create.error ?? revoke.error ?? status.error;

  return (
    <Card>
      <CardHeader
        title="Calendar subscription"
        description="Subscribe once in Google Calendar, Outlook or Apple Calendar; new publications appear on their own."
      />
      <CardBody className="space-y-3 text-sm">
        {error ? <Alert tone="error">{error.message}</Alert> : null}
        {created ? (
          <div className="space-y-2">
            <label htmlFor="calendar-feed-url" className="block font-medium">
              Your private feed URL (shown only now; anyone with it can read your timetable)
            </label>
            <div className="flex gap-2">
              <input id="calendar-feed-url" readOnly value={created.url} className={inputClasses} onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" size="md" onClick={() => void copy(created.url)}>
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
            <p>
              <a href={created.url.replace(/^https?:/, "webcal:")}>Open in my calendar app</a>
            </p>
          </div>
        ) : (
          <p className="text-muted">
            {active > 0
              ? `${active} feed URL${active === 1 ? " is" : "s are"} active (last used ${formatDate(status.data?.lastUsedAt ?? null)}). Create a new one if you lost it.`
              : "No feed URL yet."}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => create.mutate()} disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create feed URL"}
          </Button>
          {active > 0 ? (
            <Button
              size="sm"
              variant="danger"
              disabled={revoke.isPending}
              onClick={() => {
                if (window.confirm("Stop every calendar that subscribed with your feed URLs from updating?")) revoke.mutate();
              }}
            >
              Revoke all feed URLs
            </Button>
          ) : null}
        </div>
      </CardBody>
    </Card>
  );
}
