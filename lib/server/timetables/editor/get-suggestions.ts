/** GET /api/timetables/:id/suggestions?entryId=: up to 10 placements for the meeting, as moves the operations route applies ("moves"). */
import "server-only";
import type { TSuggestionsResponse } from "@/lib/domain/timetable-editor";
import { suggestMoves } from "@/lib/solver/edit/suggest";
import { openEditor } from "./open-editors";

export interface SuggestionView {
  moves: { entryId: string; day: number; period: number; roomId: string }[];
  scoreDelta: number;
  hardDelta: number;
  summary: string;
}

export async function getSuggestions({ timetableId, entryId }: { timetableId: string; entryId: string }): Promise<TSuggestionsResponse> {
  const editor = await openEditor(timetableId);
  const { session, model } = editor;
  const M = session.model;
  const m = editor.meetingOf(entryId);
  const suggestions = suggestMoves(session, m).flatMap((s): SuggestionView[] => {
    const moves = s.moves.map((mv) => ({
      entryId: editor.entryIdOf(mv.m),
      day: model.grid.isoDay(Math.floor(mv.slot / M.periods)),
      period: model.grid.periodIndex(mv.slot % M.periods),
      roomId: session.input.rooms[mv.room].id,
    }));
    if (moves.some((mv) => mv.entryId === undefined)) return [];
    const steps = s.moves.map((mv, i) => `${session.input.offerings[M.meetOff[mv.m]].name} to ${editor.describePlace(moves[i].day, moves[i].period, moves[i].roomId)}`);
    return [
      {
        moves: moves as SuggestionView["moves"],
        scoreDelta: s.softDelta,
        hardDelta: s.hardDelta,
        summary: `Move ${steps.join(", then ")}`,
      },
    ];
  });
  return { version: editor.version, suggestions };
}
