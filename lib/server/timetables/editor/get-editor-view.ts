/**
 * GET /api/timetables/:id/editor: everything the editor page draws: the timetable's stored
 * figures (evaluate()'s, kept current by every operation) with the hard violations named and every
 * violation's entries (editor-violations.ts), the grid, the rooms, every entry, the edit log and
 * whether undo/redo can run.
 */
import "server-only";
import { prisma } from "@/lib/db";
import { toStatusView } from "@/lib/domain/generation-status";
import { numberRecordFromJson } from "@/lib/server/generation/stored-job-json";
import type { TEditorData } from "@/lib/domain/timetable-editor";
import type { SoftViolation } from "@/lib/solver/types";
import { editView } from "./edit-log";
import { EntryViews } from "./entry-view";
import { editorViolations } from "./editor-violations";
import { openEditor } from "./open-editors";
import { isScoring, scoreAfterEdit } from "./score-after-edit";

const LOG_LENGTH = 200;

export async function getEditorView({ timetableId }: { timetableId: string }): Promise<TEditorData> {
  const editor = await openEditor(timetableId);
  const [row, edits] = await Promise.all([
    prisma.timetable.findUniqueOrThrow({
      where: { id: timetableId },
      select: {
        id: true,
        name: true,
        status: true,
        version: true,
        scoredVersion: true,
        termId: true,
        baseTimetableId: true,
        score: true,
        hardViolations: true,
        breakdown: true,
        violations: true,
      },
    }),
    prisma.timetableEdit.findMany({
      where: { timetableId },
      orderBy: { seq: "desc" },
      take: LOG_LENGTH,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  // The process that made the edit scores it right after; if that process is gone, score it here.
  if (row.scoredVersion < row.version && editor.version === row.version && !isScoring(timetableId)) {
    void scoreAfterEdit({ timetableId, version: row.version, input: { ...editor.session.input }, placements: editor.session.placements(), incremental: editor.session.totals() });
  }
  const { grid } = editor.model;
  const periods = [...editor.model.snapshot.periods].sort((a, b) => a.index - b.index);
  return {
    timetable: {
      ...row,
      status: toStatusView(row.status),
      breakdown: numberRecordFromJson(row.breakdown) ?? {},
      violations: editorViolations(editor, row.hardViolations, Array.isArray(row.violations) ? (row.violations as unknown as SoftViolation[]) : []),
    },
    days: grid.grid.isoDayByIndex.map((day, i) => ({ day, name: grid.grid.dayNames[i] })),
    periods: periods.map((p, i) => ({ index: p.index, label: `${p.startTime}–${p.endTime}`, breakAfter: grid.grid.breakAfter[i] ?? false })),
    rooms: editor.model.snapshot.rooms.map((r) => ({ id: r.id, name: r.code, capacity: r.capacity, type: r.type })),
    entries: new EntryViews(editor).all(),
    edits: edits.map((e) => editView(e, e.actor?.name ?? null)),
    canUndo: edits.some((e) => e.undoneAt === null),
    canRedo: edits.some((e) => e.undoneAt !== null),
  };
}

/**
 * A tag of everything the editor's data depends on that can change without a new version of the
 * session: the page polls every second, and an unchanged timetable answers 304 (the browser's
 * HTTP cache revalidates with If-None-Match on its own).
 */
export async function editorViewTag(timetableId: string): Promise<string | null> {
  const row = await prisma.timetable.findUnique({ where: { id: timetableId }, select: { version: true, scoredVersion: true, status: true, name: true } });
  if (!row) return null;
  return `"${timetableId}.${row.version}.${row.scoredVersion}.${row.status}.${Buffer.from(row.name).toString("base64url")}"`;
}
