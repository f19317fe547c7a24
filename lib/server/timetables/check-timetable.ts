/**
 * Is a timetable still valid? Re-evaluates it with evaluate() against the term's current data (a
 * teacher who became unavailable, a room closed, offerings added since it was made) and names each
 * hard violation in the editor's words. Reads only: a published timetable is never changed here.
 */
import "server-only";
import type { TTimetableCheck } from "@/lib/domain/timetable-changes";
import { evaluate } from "@/lib/solver/evaluate";
import { explainHardViolations } from "@/lib/solver/explain-hard";
import { loadTimetableModel } from "./load-timetable-model";

export async function checkTimetable({ timetableId }: { timetableId: string }): Promise<TTimetableCheck> {
  const model = await loadTimetableModel({ timetableId });
  const { input, placements } = model;
  const scored = evaluate(input, placements);
  const placed = new Map<string, number>();
  for (const p of placements) placed.set(p.offeringId, (placed.get(p.offeringId) ?? 0) + 1);
  const unplaced = input.offerings.flatMap((o) => {
    const missing = o.meetings - Math.min(o.meetings, placed.get(o.id) ?? 0);
    return missing > 0 ? [{ offeringId: o.id, name: o.name, meetings: missing }] : [];
  });
  const violations = scored.hard === 0 ? [] : explainHardViolations(input, placements).map((b) => ({ kind: b.kind, message: b.message, offeringIds: b.offeringIds }));
  return {
    timetableId,
    status: model.timetable.status.toLowerCase() as TTimetableCheck["status"],
    valid: scored.hard === 0 && unplaced.length === 0,
    hardViolations: scored.hard,
    violations,
    unplaced,
    score: scored.soft,
    storedScore: model.timetable.score,
    checkedAt: new Date().toISOString(),
  };
}
