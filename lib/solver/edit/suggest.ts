/**
 * Suggestions for one meeting: the best free cells it can move to, and, for cells blocked by a
 * single other meeting, that meeting moved out of the way first (depth 2: its best free place once
 * the first has moved in, which includes the cell the first one leaves, i.e. a swap). Every
 * suggestion's figures come from trial() of its moves; ranked by hard change, then score change.
 */
import { meetingOptions } from "./options";
import { Occupancy } from "./reasons";
import type { EditSession, MeetingMove } from "./session";

export interface Suggestion {
  moves: MeetingMove[];
  hardDelta: number;
  softDelta: number;
}

export interface SuggestOptions {
  limit?: number;
  /** Stop looking for two-move suggestions after this long (the one-move ones are always complete). */
  budgetMs?: number;
  now?: () => number;
}

const byQuality = (a: Suggestion, b: Suggestion) => a.hardDelta - b.hardDelta || a.softDelta - b.softDelta;

export function suggestMoves(session: EditSession, m: number, { limit = 10, budgetMs = 1500, now = () => performance.now() }: SuggestOptions = {}): Suggestion[] {
  const started = now();
  const st = session.state;
  const here = { slot: st.meetSlot[m], room: st.meetRoom[m] };
  const { cells } = meetingOptions(session, m);
  const out: Suggestion[] = [];
  const blocked: { slot: number; room: number; added: number }[] = [];
  for (const cell of cells) {
    if (!cell.fits) continue;
    const best = cell.rooms[0];
    if (best.added === 0) {
      if (cell.slot !== here.slot || best.room !== here.room) out.push({ moves: [{ m, slot: cell.slot, room: best.room }], hardDelta: best.hardDelta, softDelta: best.softDelta });
    } else if (cell.slot !== here.slot) {
      blocked.push({ slot: cell.slot, room: best.room, added: best.added });
    }
  }
  out.sort(byQuality);

  // Depth 2, most promising cells first (fewest own violations of the meeting there).
  blocked.sort((a, b) => a.added - b.added);
  const occupancy = new Occupancy(session, m);
  const seen = new Set(out.map((s) => key(s.moves)));
  for (const cell of blocked) {
    if (now() - started > budgetMs) break;
    const blockers = new Set([...occupancy.timeBlockers(m, cell.slot), ...occupancy.roomBlockers(m, cell.slot, cell.room)]);
    if (blockers.size !== 1) continue;
    const [other] = blockers;
    const first: MeetingMove = { m, slot: cell.slot, room: cell.room };
    const away = session.withTrial([first], () => {
      const options = meetingOptions(session, other).cells.flatMap((c) => (c.fits && c.rooms[0].added === 0 ? [{ slot: c.slot, room: c.rooms[0].room, soft: c.rooms[0].softDelta }] : []));
      options.sort((a, b) => a.soft - b.soft);
      return options[0];
    });
    if (!away) continue;
    const moves = [{ m: other, slot: away.slot, room: away.room }, first];
    const k = key(moves);
    if (seen.has(k)) continue;
    seen.add(k);
    const before = session.totals();
    const after = session.trial(moves);
    out.push({ moves, hardDelta: after.hard - before.hard, softDelta: after.soft - before.soft });
  }
  return out.sort(byQuality).slice(0, limit);
}

const key = (moves: MeetingMove[]) => moves.map((mv) => `${mv.m}@${mv.slot}/${mv.room}`).join(",");
