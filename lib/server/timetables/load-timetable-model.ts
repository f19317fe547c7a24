/**
 * A timetable as the solver sees it against the term's CURRENT data: the SolverInput of the whole
 * term (today's rooms, availability, offerings, fixed slots) with the timetable's own pins added as
 * SolverFixedSlot entries, its entries as Placements, and the map between TimetableEntry ids and
 * meetings (offeringId, meetingIndex). The check, the diff, the repair and the editor start here.
 *
 * Entries that no longer fit the data (a day that is no longer a working day, a period that was
 * removed, a meeting index beyond the offering's meetings per week) have no placement: evaluate()
 * then counts their meetings as unplaced, which is what they are under the current data.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { Prisma, TimetableStatus } from "@/lib/generated/prisma/client";
import { loadTermSnapshot } from "@/lib/server/generation/load-term-snapshot";
import { mapSolverInput } from "@/lib/server/generation/map-solver-input";
import type { GridIndex } from "@/lib/server/generation/term-grid";
import type { TermSnapshot } from "@/lib/server/generation/term-snapshot";
import type { Blocker, Placement, SoftWeights, SolverFixedSlot, SolverInput } from "@/lib/solver/types";
import { timetableWeights } from "./timetable-weights";

export interface TimetableModel {
  timetable: {
    id: string;
    name: string;
    status: TimetableStatus;
    termId: string;
    version: number;
    baseTimetableId: string | null;
    publishedAt: Date | null;
    score: number;
    hardViolations: number;
  };
  input: SolverInput;
  grid: GridIndex;
  facultyIdByOffering: Map<string, string | null>;
  /** Data problems found while mapping (e.g. a fixed slot on a non-working day). */
  blockers: Blocker[];
  /** One per entry that still fits the term's grid and offerings. */
  placements: Placement[];
  /** meetingKey(offeringId, meetingIndex) -> TimetableEntry id. */
  entryIdByMeeting: Map<string, string>;
  /** TimetableEntry id -> its meeting. */
  meetingOfEntry: Map<string, { offeringId: string; meetingIndex: number }>;
  /** Pins of the timetable's entries, by meetingKey, so a result saved from this model keeps them. */
  pinsByMeeting: Map<string, { pinnedTime: boolean; pinnedRoom: boolean }>;
  /** The term's fixed slots alone (input.fixed without the timetable's pins): the editor keeps the two apart. */
  termFixed: SolverFixedSlot[];
  /** Every entry as stored (ISO weekday, Period.index), including those that no longer fit. */
  entries: EntryRow[];
  /** The term's data as loaded, for display names (subjects, batches, faculty, rooms). */
  snapshot: TermSnapshot;
}

export interface LoadTimetableModelOptions {
  timetableId: string;
  /** Defaults to the weights the timetable was made with (timetable-weights.ts). */
  weights?: SoftWeights;
  client?: Prisma.TransactionClient;
}

export const meetingKey = (offeringId: string, meetingIndex: number) => `${offeringId}#${meetingIndex}`;

export const entrySelect = {
  id: true,
  offeringId: true,
  meetingIndex: true,
  day: true,
  period: true,
  length: true,
  roomId: true,
  pinnedTime: true,
  pinnedRoom: true,
} satisfies Prisma.TimetableEntrySelect;

export type EntryRow = Prisma.TimetableEntryGetPayload<{ select: typeof entrySelect }>;

export async function loadTimetableModel({ timetableId, weights, client = prisma }: LoadTimetableModelOptions): Promise<TimetableModel> {
  const timetable = await client.timetable.findUnique({
    where: { id: timetableId },
    select: {
      id: true,
      name: true,
      status: true,
      termId: true,
      version: true,
      baseTimetableId: true,
      publishedAt: true,
      score: true,
      hardViolations: true,
      entries: { select: entrySelect, orderBy: [{ offeringId: "asc" }, { meetingIndex: "asc" }] },
    },
  });
  if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");
  const { entries, ...header } = timetable;

  const snapshot = await loadTermSnapshot({ termId: timetable.termId, departmentIds: [], client });
  const mapped = mapSolverInput(snapshot, weights ?? (await timetableWeights(timetableId, client)));
  const meetingsOf = new Map(mapped.input.offerings.map((o) => [o.id, o.meetings]));

  const placements: Placement[] = [];
  const entryIdByMeeting = new Map<string, string>();
  const meetingOfEntry = new Map<string, { offeringId: string; meetingIndex: number }>();
  const pinsByMeeting = new Map<string, { pinnedTime: boolean; pinnedRoom: boolean }>();
  const pins: SolverFixedSlot[] = [];
  for (const entry of entries) {
    const key = meetingKey(entry.offeringId, entry.meetingIndex);
    entryIdByMeeting.set(key, entry.id);
    meetingOfEntry.set(entry.id, { offeringId: entry.offeringId, meetingIndex: entry.meetingIndex });
    if (entry.pinnedTime || entry.pinnedRoom) pinsByMeeting.set(key, { pinnedTime: entry.pinnedTime, pinnedRoom: entry.pinnedRoom });
    const placement = toPlacement(entry, mapped.grid, meetingsOf);
    if (!placement) continue;
    placements.push(placement);
    const pin = pinOf(entry, placement);
    if (pin) pins.push(pin);
  }

  // The term's fixed slots come first; a timetable pin on a meeting the term already pins by index
  // would only be reported as "pinned twice".
  const termPinned = new Set(mapped.input.fixed.flatMap((f) => (f.meetingIndex === undefined ? [] : [meetingKey(f.offeringId, f.meetingIndex)])));
  const input: SolverInput = {
    ...mapped.input,
    fixed: [...mapped.input.fixed, ...pins.filter((p) => !termPinned.has(meetingKey(p.offeringId, p.meetingIndex!)))],
  };
  return {
    timetable: header,
    input,
    grid: mapped.grid,
    facultyIdByOffering: mapped.facultyIdByOffering,
    blockers: mapped.blockers,
    placements,
    entryIdByMeeting,
    meetingOfEntry,
    pinsByMeeting,
    termFixed: mapped.input.fixed,
    entries,
    snapshot,
  };
}

/** The entry in the solver's coordinates, or null when it no longer fits the term's grid or offering. */
function toPlacement(entry: EntryRow, grid: GridIndex, meetingsOf: Map<string, number>): Placement | null {
  const day = grid.dayIndex(entry.day);
  const period = grid.position(entry.period);
  const meetings = meetingsOf.get(entry.offeringId);
  if (day === null || period === null || meetings === undefined || entry.meetingIndex >= meetings) return null;
  return { offeringId: entry.offeringId, meetingIndex: entry.meetingIndex, day, period, length: entry.length, roomId: entry.roomId };
}

/** A pinned entry as a SolverFixedSlot: a time pin holds day and period, a room pin the room. */
function pinOf(entry: EntryRow, placement: Placement): SolverFixedSlot | null {
  if (!entry.pinnedTime && !entry.pinnedRoom) return null;
  return {
    offeringId: entry.offeringId,
    meetingIndex: entry.meetingIndex,
    ...(entry.pinnedTime ? { day: placement.day, period: placement.period } : {}),
    ...(entry.pinnedRoom ? { roomId: entry.roomId } : {}),
  };
}
