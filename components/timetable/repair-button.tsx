"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/form-field";
import { fetchJson } from "@/lib/api/fetch-json";
import { REPAIR_SECONDS, type TRepairRequest } from "@/lib/domain/timetable-changes";

/**
 * Starts a repair of the timetable (a background job whose result is a new draft based on it) and
 * opens the job's page, where its progress shows like a generation's.
 */
export function RepairButton({ timetableId }: { timetableId: string }) {
  const router = useRouter();
  const [keep, setKeep] = useState<TRepairRequest["keep"]>("time-and-room");
  const [seconds, setSeconds] = useState<number>(REPAIR_SECONDS.default);
  const repair = useMutation({
    mutationFn: () =>
      fetchJson<{ jobId: string }>(`/api/timetables/${timetableId}/repair`, { method: "POST", body: JSON.stringify({ secondsLimit: seconds, keep }) }),
    onSuccess: ({ jobId }) => router.push(`/admin/jobs/${jobId}`),
  });
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="text-sm">
        <span className="mb-1 block font-medium">Keep</span>
        <select className={inputClasses} value={keep} onChange={(e) => setKeep(e.target.value as TRepairRequest["keep"])}>
          <option value="time-and-room">times and rooms</option>
          <option value="time">times (rooms may change)</option>
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Seconds</span>
        <input
          className={inputClasses}
          type="number"
          min={REPAIR_SECONDS.min}
          max={REPAIR_SECONDS.max}
          value={seconds}
          onChange={(e) => setSeconds(Number(e.target.value))}
        />
      </label>
      <Button onClick={() => repair.mutate()} disabled={repair.isPending}>
        Repair
      </Button>
      {repair.error ? <Alert tone="error" title="Could not start the repair">{repair.error.message}</Alert> : null}
    </div>
  );
}
