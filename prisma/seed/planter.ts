/**
 * Builds the planted timetable: places meetings one at a time into a (day, period, room) where no
 * faculty member, batch or room is double-booked, rooms have the right type and enough seats,
 * faculty daily limits hold and no meeting spans a break. Everything the generator adds afterwards
 * (unavailability, pins, extra students) is drawn from what this leaves free, so the demo data is
 * solvable by construction.
 */
import type { RoomType } from "@/lib/generated/prisma/enums";
import type { Rng } from "./rng";

export interface PlanterRoom {
  id: string;
  capacity: number;
  type: RoomType;
  departmentId: string | null;
}

export interface MeetingRequest {
  offeringId: string;
  meetingIndex: number;
  length: number;
  facultyId: string;
  facultyMaxPerDay: number;
  batchIds: string[];
  roomType: RoomType;
  /** Seats needed (students plus any headroom for extra students). */
  seats: number;
  /** Rooms of this department are preferred (labs stay in their own department). */
  departmentId: string;
  /** Day indices the offering already meets on: avoided so meetings spread over the week. */
  usedDays: Set<number>;
  /** Room used by earlier meetings of the offering: preferred, for room stability. */
  previousRoomId: string | null;
  /** Batches that would like this meeting in their free time (students who may take it as an extra). */
  wishedFreeFor: string[];
}

/** A meeting's position: day index into the working days (0-based), first period, room. */
export interface PlantedMeeting {
  offeringId: string;
  meetingIndex: number;
  dayIndex: number;
  period: number;
  length: number;
  roomId: string;
}

export class Planter {
  private readonly busy = new Set<string>();
  private readonly facultyDayLoad = new Map<string, number>();
  private readonly batchDayLoad = new Map<string, number>();
  /** First periods at which a meeting of each length fits without crossing a break. */
  private readonly startsByLength = new Map<number, number[]>();

  constructor(
    readonly days: number,
    readonly periodsPerDay: number,
    breakAfter: readonly boolean[],
    private readonly rooms: readonly PlanterRoom[],
  ) {
    for (let length = 1; length <= periodsPerDay; length++) {
      const starts: number[] = [];
      for (let p = 0; p + length <= periodsPerDay; p++) {
        let crossesBreak = false;
        for (let q = p; q < p + length - 1; q++) if (breakAfter[q]) crossesBreak = true;
        if (!crossesBreak) starts.push(p);
      }
      this.startsByLength.set(length, starts);
    }
  }

  isFree(resource: string, dayIndex: number, period: number): boolean {
    return !this.busy.has(`${resource}@${dayIndex}:${period}`);
  }

  batchLoad(batchId: string, dayIndex: number): number {
    return this.batchDayLoad.get(`${batchId}@${dayIndex}`) ?? 0;
  }

  /** Places one meeting, or returns null when no slot and room fit. */
  place(request: MeetingRequest, rng: Rng): PlantedMeeting | null {
    // First try days the offering does not meet on yet; only then allow a second meeting on a day.
    return this.bestCandidate(request, rng, true) ?? this.bestCandidate(request, rng, false);
  }

  private bestCandidate(request: MeetingRequest, rng: Rng, newDaysOnly: boolean): PlantedMeeting | null {
    let best: { score: number; meeting: PlantedMeeting } | null = null;
    const starts = this.startsByLength.get(request.length) ?? [];
    for (let day = 0; day < this.days; day++) {
      if (newDaysOnly && request.usedDays.has(day)) continue;
      const facultyLoad = this.facultyDayLoad.get(`${request.facultyId}@${day}`) ?? 0;
      if (facultyLoad + request.length > request.facultyMaxPerDay) continue;
      for (const start of starts) {
        const periods = range(start, request.length);
        const peopleFree = periods.every(
          (p) => this.isFree(`f:${request.facultyId}`, day, p) && request.batchIds.every((b) => this.isFree(`b:${b}`, day, p)),
        );
        if (!peopleFree) continue;
        const room = this.chooseRoom(request, day, periods);
        if (!room) continue;
        // Random order, nudged towards evenly loaded days for the batches and towards slots where
        // the batches that might take this as an extra are free.
        const dayLoad = Math.max(...request.batchIds.map((b) => this.batchLoad(b, day)));
        const wished = request.wishedFreeFor.filter((b) => periods.every((p) => this.isFree(`b:${b}`, day, p))).length;
        const score = rng.next() - 0.35 * dayLoad + 1.5 * wished + (room.id === request.previousRoomId ? 0.5 : 0);
        if (!best || score > best.score) {
          best = {
            score,
            meeting: { offeringId: request.offeringId, meetingIndex: request.meetingIndex, dayIndex: day, period: start, length: request.length, roomId: room.id },
          };
        }
      }
    }
    if (best) this.commit(request, best.meeting);
    return best?.meeting ?? null;
  }

  /** The previous room if free, else the smallest free room of the type that seats everyone (own department first). */
  private chooseRoom(request: MeetingRequest, day: number, periods: number[]): PlanterRoom | null {
    const free = (room: PlanterRoom) => periods.every((p) => this.isFree(`r:${room.id}`, day, p));
    let best: PlanterRoom | null = null;
    let bestRank = Infinity;
    for (const room of this.rooms) {
      if (room.type !== request.roomType || room.capacity < request.seats || !free(room)) continue;
      if (room.id === request.previousRoomId) return room;
      const foreignLab = room.type === "LAB" && room.departmentId !== request.departmentId;
      if (foreignLab) continue;
      const rank = room.capacity;
      if (rank < bestRank) {
        best = room;
        bestRank = rank;
      }
    }
    return best;
  }

  private commit(request: MeetingRequest, meeting: PlantedMeeting): void {
    const day = meeting.dayIndex;
    for (const p of range(meeting.period, meeting.length)) {
      this.busy.add(`f:${request.facultyId}@${day}:${p}`);
      this.busy.add(`r:${meeting.roomId}@${day}:${p}`);
      for (const b of request.batchIds) this.busy.add(`b:${b}@${day}:${p}`);
    }
    const key = `${request.facultyId}@${day}`;
    this.facultyDayLoad.set(key, (this.facultyDayLoad.get(key) ?? 0) + meeting.length);
    for (const b of request.batchIds) {
      const batchKey = `${b}@${day}`;
      this.batchDayLoad.set(batchKey, (this.batchDayLoad.get(batchKey) ?? 0) + meeting.length);
    }
  }
}

export function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, i) => start + i);
}
