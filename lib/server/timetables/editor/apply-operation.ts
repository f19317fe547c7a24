/**
 * One editor operation, in one transaction: lock the timetable row, check it is a draft at the
 * version the operation was made on (409 with the current version otherwise), plan and check the
 * operation (4xx naming the field; 422 with the reasons when it would add a hard violation that
 * was not confirmed with force), apply it to the session, update the changed entries in place,
 * store the session's incremental figures with the version bumped, and log the edit. Undo and
 * redo go through the same steps with the logged placements. Right after the commit, evaluate()
 * scores the new version from scratch and stores its figures and violation list
 * (score-after-edit.ts: why not inside the transaction).
 *
 * Nothing is written unless everything succeeds; the session is given back to the open editors
 * only after the commit (open-editors.ts), and dropped if the transaction fails after touching it.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { Prisma, TimetableEdit } from "@/lib/generated/prisma/client";
import { reasonsForMoves } from "@/lib/solver/edit/explain-moves";
import { viewDataChanges } from "@/lib/server/timetable-views/view-data-changes";
import type { TEditorViolation, TOperationRequest, TOperationResponse } from "@/lib/domain/timetable-editor";
import { editView, entryStatesFromJson, markReplayed, recordEdit, replayableEdit, type EditView, type LogPosition } from "./edit-log";
import type { EditorTimetable, EntryState } from "./editor-timetable";
import { changedMeetingConflicts } from "./editor-violations";
import { EntryViews, type EditorEntryView } from "./entry-view";
import { giveBackEditor, takeEditor } from "./open-editors";
import { planEdit, planReplay, type OperationPlan } from "./plan-operation";
import { scoreAfterEdit, type ScoringSnapshot } from "./score-after-edit";
import { summarise } from "./summarise-edit";

export interface ApplyOperationOptions {
  timetableId: string;
  request: TOperationRequest;
  actor: { id: string; name: string };
}

export interface OperationOutcome extends TOperationResponse {
  version: number;
  score: number;
  hardViolations: number;
  breakdown: Record<string, number>;
  hardBreakdown: Record<string, number>;
  violations: TEditorViolation[];
  entries: EditorEntryView[];
  edit: EditView;
}

/**
 * Locks the timetable row and checks it is a draft at `version`. Also reads where its edit log
 * stands (last seq, anything undone), so recording the edit needs no further round trip.
 */
async function lockDraft(tx: Prisma.TransactionClient, timetableId: string, version: number): Promise<LogPosition & { version: number }> {
  const [row] = await tx.$queryRaw<{ status: string; version: number; name: string; lastSeq: number; undone: boolean }[]>`
    SELECT t.status::text AS status, t.version, t.name,
      COALESCE((SELECT MAX(e.seq) FROM "TimetableEdit" e WHERE e."timetableId" = t.id), 0)::int AS "lastSeq",
      EXISTS (SELECT 1 FROM "TimetableEdit" e WHERE e."timetableId" = t.id AND e."undoneAt" IS NOT NULL) AS undone
    FROM "Timetable" t WHERE t.id = ${timetableId} FOR UPDATE OF t`;
  if (!row) throw new AppError("NOT_FOUND", "Timetable not found");
  if (row.status !== "DRAFT") throw new AppError("CONFLICT", `"${row.name}" is ${row.status.toLowerCase()}; only a draft can be edited (create a draft from it first)`);
  if (row.version !== version) {
    throw new AppError("CONFLICT", `The timetable has changed since version ${version} (now ${row.version}); reload and try again`, undefined, {
      currentVersion: row.version,
    });
  }
  return { version: row.version, lastSeq: row.lastSeq, undone: row.undone };
}

export async function applyOperation({ timetableId, request, actor }: ApplyOperationOptions): Promise<OperationOutcome> {
  const held: { editor?: EditorTimetable; loadedAt?: number; touched: boolean } = { touched: false };
  let scoring: ScoringSnapshot | null = null;
  try {
    const outcome = await prisma.$transaction(async (tx) => {
      const { version, ...log } = await lockDraft(tx, timetableId, request.version);
      const taken = await takeEditor(timetableId, version, tx);
      Object.assign(held, taken);
      const { editor } = taken;
      const { session } = editor;
      const op = request.operation;

      let plan: OperationPlan;
      let replayed: TimetableEdit | null = null;
      if (op.type === "undo" || op.type === "redo") {
        replayed = await replayableEdit(tx, timetableId, op.type);
        plan = planReplay(editor, entryStatesFromJson(op.type === "undo" ? replayed.before : replayed.after));
      } else {
        plan = planEdit(editor, op);
      }

      const before = session.totals();
      const beforeStates = plan.entryIds.map((id) => editor.entryState(id));
      if (plan.checkHard && session.trial(plan.moves).hard > before.hard) {
        const reasons = reasonsForMoves(session, plan.moves);
        throw new AppError("UNPROCESSABLE", `This would add a hard violation: ${reasons.join("; ") || "see reasons"}. Send force: true to do it anyway.`, undefined, {
          reasons,
        });
      }

      held.touched = true;
      session.apply(plan.moves);
      for (const pin of plan.pins) session.setPins(pin.m, pin.time, pin.room);
      const afterStates = plan.entryIds.map((id) => editor.entryState(id));
      const after = session.totals();
      const breakdown = session.breakdown();
      // What evaluate() will score once this commits (the session may move on by then).
      scoring = { timetableId, version: version + 1, input: { ...session.input }, placements: session.placements(), incremental: after };

      for (const state of afterStates) {
        const { entryId, ...row } = state;
        await tx.timetableEntry.update({ where: { id: entryId, timetableId }, data: row });
      }
      await tx.timetable.update({
        where: { id: timetableId },
        data: { score: after.soft, hardViolations: after.hard, breakdown: breakdown.soft as Prisma.InputJsonValue, version: version + 1 },
      });

      let edit: TimetableEdit;
      if (replayed && (op.type === "undo" || op.type === "redo")) {
        edit = await markReplayed(tx, replayed, op.type);
      } else {
        edit = await recordEdit(tx, log, {
          timetableId,
          actorId: actor.id,
          operation: op as Prisma.InputJsonValue,
          summary: summarise(editor, op as Exclude<typeof op, { type: "undo" | "redo" }>, beforeStates, afterStates),
          before: beforeStates,
          after: afterStates,
          scoreBefore: before.soft,
          scoreAfter: after.soft,
          hardBefore: before.hard,
          hardAfter: after.hard,
        });
      }
      const actorName = replayed ? ((await tx.user.findUnique({ where: { id: replayed.actorId ?? "" }, select: { name: true } }))?.name ?? null) : actor.name;
      const views = new EntryViews(editor);
      return {
        version: version + 1,
        score: after.soft,
        hardViolations: after.hard,
        breakdown: breakdown.soft,
        hardBreakdown: breakdown.hard,
        violations: changedMeetingConflicts(editor, afterStates),
        entries: changedOnly(beforeStates, afterStates).map((id) => views.view(id)),
        edit: editView(edit, actorName),
      };
    });
    held.editor!.version = outcome.version;
    giveBackEditor(held.editor!, held.loadedAt!);
    void scoreAfterEdit(scoring!);
    viewDataChanges.changedHere();
    return outcome;
  } catch (error) {
    // A refused operation left the session as it was: keep it open. One that failed after
    // changing it must not be reused (its changes were rolled back in the database).
    if (held.editor && !held.touched) giveBackEditor(held.editor, held.loadedAt!);
    throw error;
  }
}

function changedOnly(before: EntryState[], after: EntryState[]): string[] {
  return after.filter((a, i) => JSON.stringify(a) !== JSON.stringify(before[i])).map((a) => a.entryId);
}
