/**
 * GET /api/timetables/:id/editor: everything the editor page draws: the timetable's stored
 * figures (evaluate()'s, kept current by every operation), the grid, the rooms, every entry, the
 * hard violations named (explainHardViolations), the edit log and whether undo/redo can run.
 */
import { prisma } from "@/lib/db";
import { numberRecordFromJson, toStatusView } from "@/lib/server/generation/generation-job-view";
import { explainHardViolations } from "@/lib/solver/explain-hard";
import type { Blocker } from "@/lib/solver/types";
import { editView, type EditView } from "./edit-log";
import { EntryViews, type EditorEntryView } from "./entry-view";
import { openEditor } from "./open-editors";

const LOG_LENGTH = 200;

export interface EditorView {
  timetable: {
    id: string;
    name: string;
    status: "draft" | "published" | "archived";
    version: number;
    termId: string;
    baseTimetableId: string | null;
    score: number;
    hardViolations: number;
    breakdown: Record<string, number>;
    violations: unknown;
  };
  days: { day: number; name: string }[];
  periods: { index: number; label: string; breakAfter: boolean }[];
  rooms: { id: string; name: string; capacity: number; type: string }[];
  entries: EditorEntryView[];
  hardViolationList: Blocker[];
  edits: EditView[];
  canUndo: boolean;
  canRedo: boolean;
}

export async function getEditorView({ timetableId }: { timetableId: string }): Promise<EditorView> {
  const editor = await openEditor(timetableId);
  const [row, edits] = await Promise.all([
    prisma.timetable.findUniqueOrThrow({
      where: { id: timetableId },
      select: { id: true, name: true, status: true, version: true, termId: true, baseTimetableId: true, score: true, hardViolations: true, breakdown: true, violations: true },
    }),
    prisma.timetableEdit.findMany({
      where: { timetableId },
      orderBy: { seq: "desc" },
      take: LOG_LENGTH,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  const { grid } = editor.model;
  const periods = [...editor.model.snapshot.periods].sort((a, b) => a.index - b.index);
  return {
    timetable: { ...row, status: toStatusView(row.status), breakdown: numberRecordFromJson(row.breakdown) ?? {} },
    days: grid.grid.isoDayByIndex.map((day, i) => ({ day, name: grid.grid.dayNames[i] })),
    periods: periods.map((p, i) => ({ index: p.index, label: `${p.startTime}–${p.endTime}`, breakAfter: grid.grid.breakAfter[i] ?? false })),
    rooms: editor.model.snapshot.rooms.map((r) => ({ id: r.id, name: r.code, capacity: r.capacity, type: r.type })),
    entries: new EntryViews(editor).all(),
    hardViolationList: row.hardViolations > 0 ? explainHardViolations(editor.session.input, editor.session.placements()) : [],
    edits: edits.map((e) => editView(e, e.actor?.name ?? null)),
    canUndo: edits.some((e) => e.undoneAt === null),
    canRedo: edits.some((e) => e.undoneAt !== null),
  };
}
