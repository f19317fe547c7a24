/**
 * An editing session over one timetable: the engine's incremental State built from existing
 * placements, plus the timetable's own pins. Every figure the editor shows (hard count, score,
 * breakdown, the change a move would make) is read from the State, never from a second scorer;
 * the property test (session.test.ts) holds it equal to evaluate() after every operation.
 *
 * Coordinates are the solver's: meeting ids m of the compiled Model, start slots and room indices.
 * A timetable pin holds its meeting where it is, so it follows the meeting when an applied move
 * takes it elsewhere (a move the registrar confirmed); a trial() never moves pins, so a candidate
 * that takes a pinned meeting away counts the broken pin and needs that confirmation.
 */
import { stateBreakdown, type Breakdown } from "../engine/breakdown";
import { compileModel, compilePins, type Model } from "../engine/model";
import { fitsInDay, meetingOf, placementAt, positionIndex, positionsOf, type PositionIndex } from "../engine/positions";
import { State } from "../engine/state";
import type { Placement, SolverInput } from "../types";
import { editorFixedSlots, explicitTermPins, type MeetingPin } from "./pins";

export interface MeetingMove {
  m: number;
  slot: number;
  room: number;
}

export interface Totals {
  hard: number;
  soft: number;
}

export interface PinFlags {
  offeringId: string;
  meetingIndex: number;
  time: boolean;
  room: boolean;
}

export class EditSession {
  /** The session's own copy of the input; `fixed` is kept current (term pins + timetable pins). */
  readonly input: SolverInput;
  readonly model: Model;
  readonly state: State;
  readonly index: PositionIndex;
  readonly pinTime: Uint8Array;
  readonly pinRoom: Uint8Array;
  private readonly termPins: SolverInput["fixed"];
  /** Placements that are no meeting of the data (unknown offering, index beyond its meetings, duplicates). */
  private readonly orphans: Placement[];
  /** Meetings whose stored placement cannot stand (wrong length, off the grid): unplaced until moved. */
  private readonly broken = new Map<number, Placement>();

  /** `input.fixed` holds the term's pins only; the timetable's pins come as `pins`. */
  constructor(input: SolverInput, placements: Placement[], pins: PinFlags[] = []) {
    this.termPins = explicitTermPins(input);
    this.input = { ...input, fixed: this.termPins };
    this.model = compileModel(this.input);
    this.index = positionIndex(this.model);
    const M = this.model;
    const { positions, invalid } = positionsOf(M, placements, this.index);
    this.orphans = [];
    for (const p of invalid) {
      const m = meetingOf(M, this.index, p.offeringId, p.meetingIndex);
      if (m >= 0 && positions.slot[m] < 0 && !this.broken.has(m)) this.broken.set(m, p);
      else this.orphans.push(p);
    }
    this.pinTime = new Uint8Array(M.nMeet);
    this.pinRoom = new Uint8Array(M.nMeet);
    for (const pin of pins) {
      const m = meetingOf(M, this.index, pin.offeringId, pin.meetingIndex);
      if (m < 0) continue;
      this.pinTime[m] = pin.time ? 1 : 0;
      this.pinRoom[m] = pin.room ? 1 : 0;
    }
    this.state = new State(M);
    for (let m = 0; m < M.nMeet; m++) if (positions.slot[m] >= 0) this.state.meetSlot[m] = positions.slot[m];
    for (let m = 0; m < M.nMeet; m++) if (positions.slot[m] >= 0) this.state.meetRoom[m] = positions.room[m];
    this.compileCurrentPins();
    // meetSlot/meetRoom were only written to tell compileCurrentPins where pinned meetings are.
    this.state.meetSlot.fill(-1);
    this.state.meetRoom.fill(-1);
    for (let m = 0; m < M.nMeet; m++) if (positions.slot[m] >= 0) this.state.place(m, positions.slot[m], positions.room[m]);
    this.state.flush();
  }

  get hard(): number {
    return this.state.hard + this.orphans.length + this.broken.size;
  }

  get soft(): number {
    return this.state.soft;
  }

  totals(): Totals {
    return { hard: this.hard, soft: this.soft };
  }

  breakdown(): Breakdown {
    const breakdown = stateBreakdown(this.state);
    breakdown.hard.unplaced += this.orphans.length + this.broken.size;
    return breakdown;
  }

  /** The meeting id of (offering, meetingIndex), or -1. */
  meeting(offeringId: string, meetingIndex: number): number {
    return meetingOf(this.model, this.index, offeringId, meetingIndex);
  }

  isPlaced(m: number): boolean {
    return this.state.meetSlot[m] >= 0;
  }

  /** Whether m's stored placement could not stand (it is unplaced until moved). */
  isBroken(m: number): boolean {
    return this.broken.has(m);
  }

  /** Every placement, as evaluate() takes them (invalid ones included, as stored). */
  placements(): Placement[] {
    const M = this.model;
    const out: Placement[] = [];
    for (let m = 0; m < M.nMeet; m++) {
      const p = this.placementOf(m);
      if (p) out.push(p);
    }
    return [...out, ...this.orphans, ...this.broken.values()];
  }

  /** The placement of a placed meeting, null otherwise. */
  placementOf(m: number): Placement | null {
    const M = this.model;
    const s = this.state.meetSlot[m];
    if (s < 0) return null;
    return placementAt(M, m, s, this.state.meetRoom[m]);
  }

  /** Why meeting m cannot start at (day, period) in room index r at all, or null: the grid's own rules. */
  layoutProblem(m: number, day: number, period: number, r: number): string | null {
    const M = this.model;
    const len = M.offLen[M.meetOff[m]];
    if (!Number.isInteger(day) || day < 0 || day >= M.days) return "day: not a working day of the term";
    if (!Number.isInteger(period) || period < 0 || period >= M.periods) return "period: not a period of the term";
    if (period + len > M.periods) return `period: a ${len}-period meeting starting there runs past the end of the day`;
    if (!fitsInDay(M, period, len)) return `period: a ${len}-period meeting starting there would span a break`;
    if (!Number.isInteger(r) || r < 0 || r >= M.nRoom) return "roomId: not a room of the term";
    return null;
  }

  /** Moves the meetings (all removed first, so they may trade places), keeping timetable pins on them. */
  apply(moves: MeetingMove[]): void {
    this.moveAll(moves);
    if (moves.some(({ m }) => this.pinTime[m] || this.pinRoom[m])) this.refreshPins();
  }

  /** Hard and soft totals the moves would give; the session is left exactly as it was. */
  trial(moves: MeetingMove[]): Totals {
    return this.withTrial(moves, () => this.totals());
  }

  /** Runs `fn` with the moves made (pins staying where they are), then undoes them exactly. */
  withTrial<T>(moves: MeetingMove[], fn: () => T): T {
    const before = moves.map(({ m }) => ({ m, slot: this.state.meetSlot[m], room: this.state.meetRoom[m], broken: this.broken.get(m) }));
    this.moveAll(moves);
    try {
      return fn();
    } finally {
      for (const { m } of moves) if (this.state.meetSlot[m] >= 0) this.state.unplace(m);
      for (const b of before) {
        if (b.slot >= 0) this.state.place(b.m, b.slot, b.room);
        if (b.broken) this.broken.set(b.m, b.broken);
      }
      this.state.flush();
    }
  }

  setPins(m: number, time: boolean, room: boolean): void {
    this.pinTime[m] = time ? 1 : 0;
    this.pinRoom[m] = room ? 1 : 0;
    this.refreshPins();
  }

  private moveAll(moves: MeetingMove[]): void {
    for (const { m } of moves) if (this.state.meetSlot[m] >= 0) this.state.unplace(m);
    for (const { m, slot, room } of moves) {
      this.state.place(m, slot, room);
      this.broken.delete(m);
    }
    this.state.flush();
  }

  /** The timetable's pins as fixed slots at their meetings' current positions. */
  private meetingPins(): MeetingPin[] {
    const M = this.model;
    const out: MeetingPin[] = [];
    for (let m = 0; m < M.nMeet; m++) {
      if (!this.pinTime[m] && !this.pinRoom[m]) continue;
      const p = this.placementOf(m);
      if (p) out.push({ ...p, time: this.pinTime[m] === 1, room: this.pinRoom[m] === 1 });
    }
    return out;
  }

  private compileCurrentPins(): boolean[] {
    const M = this.model;
    this.input.fixed = editorFixedSlots(this.termPins, this.meetingPins());
    const pins = compilePins(this.input, M, this.index.offering, this.index.room);
    const changed: boolean[] = [];
    for (let m = 0; m < M.nMeet; m++) {
      changed[m] =
        M.meetPinSlot[m] !== pins.meetPinSlot[m] || M.meetPinRoom[m] !== pins.meetPinRoom[m] || M.meetPinNowhere[m] !== pins.meetPinNowhere[m];
    }
    M.meetPinSlot.set(pins.meetPinSlot);
    M.meetPinRoom.set(pins.meetPinRoom);
    M.meetPinNowhere.set(pins.meetPinNowhere);
    M.meetPinAny.set(pins.meetPinAny);
    return changed;
  }

  /** Recompiles the pins and re-places every meeting whose pin changed, so its own hard count is current. */
  private refreshPins(): void {
    const changed = this.compileCurrentPins();
    for (let m = 0; m < this.model.nMeet; m++) {
      const s = this.state.meetSlot[m];
      if (!changed[m] || s < 0) continue;
      const r = this.state.meetRoom[m];
      this.state.unplace(m);
      this.state.place(m, s, r);
    }
    this.state.flush();
  }
}
