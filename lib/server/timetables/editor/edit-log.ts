/**
 * The edit log of a timetable (TimetableEdit rows), one module for its transitions: a new edit
 * discards the redo stack and takes the next seq; undo stamps the latest live edit; redo clears
 * the oldest undone one. Undone edits are always the newest (a new edit deletes them), so "the
 * redo stack" is simply every undone row.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import type { Prisma, TimetableEdit } from "@/lib/generated/prisma/client";
import type { EntryState } from "./editor-timetable";

export interface EditView {
  seq: number;
  operation: string;
  actorName: string | null;
  at: string;
  summary: string;
  scoreDelta: number;
  hardDelta: number;
  undone: boolean;
}

export function editView(edit: Pick<TimetableEdit, "seq" | "operation" | "createdAt" | "summary" | "scoreBefore" | "scoreAfter" | "hardBefore" | "hardAfter" | "undoneAt">, actorName: string | null): EditView {
  const operation = edit.operation as { type?: unknown } | null;
  return {
    seq: edit.seq,
    operation: typeof operation?.type === "string" ? operation.type : "edit",
    actorName,
    at: edit.createdAt.toISOString(),
    summary: edit.summary,
    scoreDelta: edit.scoreAfter - edit.scoreBefore,
    hardDelta: edit.hardAfter - edit.hardBefore,
    undone: edit.undoneAt !== null,
  };
}

export function entryStatesFromJson(value: Prisma.JsonValue): EntryState[] {
  if (!Array.isArray(value)) throw new AppError("INTERNAL", "A logged edit has no entry states");
  return value as unknown as EntryState[];
}

/** The edit an undo (latest live) or a redo (oldest undone) would replay; 409 when there is none. */
export async function replayableEdit(tx: Prisma.TransactionClient, timetableId: string, kind: "undo" | "redo"): Promise<TimetableEdit> {
  const edit =
    kind === "undo"
      ? await tx.timetableEdit.findFirst({ where: { timetableId, undoneAt: null }, orderBy: { seq: "desc" } })
      : await tx.timetableEdit.findFirst({ where: { timetableId, undoneAt: { not: null } }, orderBy: { seq: "asc" } });
  if (!edit) throw new AppError("CONFLICT", kind === "undo" ? "There is no edit to undo" : "There is no undone edit to redo");
  return edit;
}

export async function markReplayed(tx: Prisma.TransactionClient, edit: TimetableEdit, kind: "undo" | "redo"): Promise<TimetableEdit> {
  return tx.timetableEdit.update({ where: { id: edit.id }, data: { undoneAt: kind === "undo" ? new Date() : null } });
}

export interface NewEdit {
  timetableId: string;
  actorId: string;
  operation: Prisma.InputJsonValue;
  summary: string;
  before: EntryState[];
  after: EntryState[];
  scoreBefore: number;
  scoreAfter: number;
  hardBefore: number;
  hardAfter: number;
}

/** Where a timetable's log stands, read under the timetable's row lock. */
export interface LogPosition {
  lastSeq: number;
  /** Some edits are undone: the redo stack a new edit discards. */
  undone: boolean;
}

export async function recordEdit(tx: Prisma.TransactionClient, log: LogPosition, edit: NewEdit): Promise<TimetableEdit> {
  if (log.undone) await tx.timetableEdit.deleteMany({ where: { timetableId: edit.timetableId, undoneAt: { not: null } } });
  return tx.timetableEdit.create({
    data: {
      ...edit,
      // After the undone ones too: seq only grows, so the log's order is never ambiguous.
      seq: log.lastSeq + 1,
      before: edit.before as unknown as Prisma.InputJsonValue,
      after: edit.after as unknown as Prisma.InputJsonValue,
    },
  });
}
