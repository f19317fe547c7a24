"use client";

import { useState } from "react";
import { WeekGrid, type WeekGridBlock, type WeekGridDay, type WeekGridPeriod } from "@/components/timetable/week-grid";
import { inputClasses } from "@/components/ui/form-field";
import type { ReviewEntry } from "@/lib/domain/timetable-review";

type Option = { id: string; label: string };
type ViewKind = "batch" | "faculty" | "room";

export interface TimetableReviewProps {
  days: WeekGridDay[];
  periods: WeekGridPeriod[];
  entries: ReviewEntry[];
  batches: Option[];
  faculty: Option[];
  rooms: Option[];
  /** Entry id -> what changed about it against the published timetable, highlighted on the grid. */
  changes?: Record<string, string>;
}

const KIND_LABEL: Record<ViewKind, string> = { batch: "Batch", faculty: "Faculty member", room: "Room" };

function matches(entry: ReviewEntry, kind: ViewKind, id: string): boolean {
  if (kind === "batch") return entry.batchIds.includes(id);
  if (kind === "faculty") return entry.facultyId === id;
  return entry.roomId === id;
}

function toBlock(entry: ReviewEntry, changes: Record<string, string> | undefined): WeekGridBlock {
  return {
    note: changes?.[entry.id],
    id: entry.id,
    day: entry.day,
    period: entry.period,
    length: entry.length,
    subjectCode: entry.subjectCode,
    subjectName: entry.subjectName,
    batchLabel: entry.batchCodes.join(", "),
    facultyLabel: entry.facultyName,
    roomLabel: entry.roomCode,
  };
}

/** The week of one batch, faculty member or room, chosen with two pickers. */
export function TimetableReview({ days, periods, entries, batches, faculty, rooms, changes }: TimetableReviewProps) {
  const optionsOf: Record<ViewKind, Option[]> = { batch: batches, faculty, room: rooms };
  const [kind, setKind] = useState<ViewKind>("batch");
  const [selected, setSelected] = useState<string>(batches[0]?.id ?? "");

  const options = optionsOf[kind];
  const current = options.find((o) => o.id === selected) ?? options[0];
  const blocks = current ? entries.filter((e) => matches(e, kind, current.id)).map((e) => toBlock(e, changes)) : [];

  function chooseKind(next: ViewKind) {
    setKind(next);
    setSelected(optionsOf[next][0]?.id ?? "");
  }

  return (
    <section aria-label="Week view" className="space-y-4">
      <div className="flex flex-wrap gap-4">
        <label className="text-sm">
          <span className="mb-1 block font-medium">View by</span>
          <select className={inputClasses} value={kind} onChange={(e) => chooseKind(e.target.value as ViewKind)}>
            {(Object.keys(KIND_LABEL) as ViewKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">{KIND_LABEL[kind]}</span>
          <select className={inputClasses} value={current?.id ?? ""} onChange={(e) => setSelected(e.target.value)}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {current ? (
        <WeekGrid
          days={days}
          periods={periods}
          blocks={blocks}
          caption={`Week of ${current.label}`}
          hide={{ batch: kind === "batch", faculty: kind === "faculty", room: kind === "room" }}
        />
      ) : (
        <p className="text-muted">This timetable has no meetings.</p>
      )}
    </section>
  );
}
