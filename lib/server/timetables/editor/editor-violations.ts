/**
 * The violation list the editor shows: the hard violations named (explainHardViolations, only when
 * there are any) followed by the soft ones, each with the entries involved so the page can point
 * at their cells. Soft violations carry their offerings (and day, when they concern one).
 */
import type { TEditorViolation } from "@/lib/domain/timetable-editor";
import { explainHardViolations } from "@/lib/solver/explain-hard";
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
  const hard = hardCount > 0 ? explainHardViolations(session.input, session.placements()) : [];
  return [
    ...hard.map((b) => ({ constraint: b.kind, message: b.message, cost: 0, hard: true, entryIds: entriesOf(editor, b.offeringIds) })),
    ...soft.map((v) => ({ constraint: v.constraint, message: v.message, cost: v.cost, hard: false, entryIds: entriesOf(editor, v.offeringIds ?? [], v.day) })),
  ];
}
