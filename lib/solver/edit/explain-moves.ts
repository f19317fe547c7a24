/**
 * Why a set of moves would add hard violations: each moved meeting's own conflicts at its target,
 * with the other moves made (a swap's partner has left the cell), in the options' phrases.
 */
import { withMeetingLifted } from "./options";
import { Occupancy, roomReasons, timeReasons } from "./reasons";
import type { EditSession, MeetingMove } from "./session";

export function reasonsForMoves(session: EditSession, moves: MeetingMove[]): string[] {
  return session.withTrial(moves, () => {
    const reasons = new Set<string>();
    for (const { m, slot, room } of moves) {
      const occupancy = new Occupancy(session, m);
      withMeetingLifted(session, m, () => {
        for (const reason of timeReasons(session, occupancy, m, slot)) reasons.add(reason);
        for (const reason of roomReasons(session, occupancy, m, slot, room)) reasons.add(reason);
      });
    }
    return [...reasons];
  });
}
