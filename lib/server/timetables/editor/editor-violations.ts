/**
 * The violation list the editor shows: the hard violations named (explainHardViolations, only when
 * there are any) followed by the soft ones, each with the entries involved so the page can point
 * at their cells. Soft violations carry their offerings (and day, when they concern one).
 */
import "server-only";
import type { TEditorViolation } from "@/lib/domain/timetable-editor";
import { explainHardViolations } from "@/lib/solver/explain-hard";
import { withMeetingLifted } from "@/lib/solver/edit/options";
import { Occupancy, roomReasons, timeReasons } from "@/lib/solver/edit/reasons";
import type { SoftViolation } from "@/lib/solver/types";
import type { EditorTimetable } from "./editor-timetable";

/** Entry ids of the offerings' meetings (on solver day `day` when given), where they are now. */
function entriesOf(editor: EditorTimetable, offeringIds: string[], day?: number): string[] {
  const { session } = editor;
  const M = session.model;
  const out: string[] = [];
  for (const offeringId of offeringIds) {
    const o = session.index.offering.get(offeringId);
    if (o === undefined) continue;
    for (let m = M.offFirstMeet[o]; m < M.offFirstMeet[o + 1]; m++) {
      const s = session.state.meetSlot[m];
      if (day !== undefined && (s < 0 || Math.floor(s / M.periods) !== day)) continue;
      const id = editor.entryIdOf(m);
      if (id) out.push(id);
    }
  }
  return out;
}

export function editorViolations(editor: EditorTimetable, hardCount: number, soft: SoftViolation[]): TEditorViolation[] {
  const { session } = editor;
  // Explaining is from scratch (hundreds of ms at the size of a whole university) and the page polls:
  // once per version of the session.
  if (editor.explainedHard?.version !== editor.version) {
    editor.explainedHard = { version: editor.version, blockers: hardCount > 0 ? explainHardViolations(session.input, session.placements()) : [] };
  }
  const hard = editor.explainedHard.blockers;
  return [
    ...hard.map((b) => ({ constraint: b.kind, message: b.message, cost: 0, hard: true, entryIds: entriesOf(editor, b.offeringIds) })),
    ...soft.map((v) => ({ constraint: v.constraint, message: v.message, cost: v.cost, hard: false, entryIds: entriesOf(editor, v.offeringIds ?? [], v.day) })),
  ];
}

/**
 * The hard conflicts of the meetings an operation changed, each at its new place (an operation's
 * response: cheap, exact for those meetings). The whole list comes with the editor's data.
 */
export function changedMeetingConflicts(editor: EditorTimetable, states: { entryId: string }[]): TEditorViolation[] {
  const { session } = editor;
  const out: TEditorViolation[] = [];
  for (const { entryId } of states) {
    const m = editor.meetingOf(entryId);
    const slot = session.state.meetSlot[m];
    if (slot < 0) continue;
    const room = session.state.meetRoom[m];
    const occupancy = new Occupancy(session, m);
    const reasons = withMeetingLifted(session, m, () => [...timeReasons(session, occupancy, m, slot), ...roomReasons(session, occupancy, m, slot, room)]);
    const name = session.input.offerings[session.model.meetOff[m]].name;
    for (const reason of reasons) out.push({ constraint: "conflict", message: `${name}: ${reason}`, cost: 0, hard: true, entryIds: [entryId] });
  }
  return out;
}
