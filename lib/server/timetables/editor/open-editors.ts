/**
 * The timetables open in the editor in this process, so that the options of a dragged meeting
 * (every drag start) and an operation do not reload a whole term from the database each time.
 *
 * An entry is used at the timetable's current version (any edit, from any process, bumps it; an
 * entry left behind by another process's edits catches up from the stored entries) and for at
 * most TTL_MS after it was loaded: a change to the term's data (a room closed, a teacher's
 * availability) reaches an open editor within that time. An
 * operation takes its timetable out of here while it works and puts it back only after its
 * transaction has committed, so no reader ever sees an edit that may still be rolled back.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { entrySelect, loadTimetableModel } from "../load-timetable-model";
import { EditorTimetable } from "./editor-timetable";

const TTL_MS = 60_000;
const MAX_OPEN = 8;

type Open = { editor: EditorTimetable; loadedAt: number };
const globalForEditors = globalThis as unknown as { __timetablerOpenEditors?: Map<string, Open> };
const open = (globalForEditors.__timetablerOpenEditors ??= new Map<string, Open>());

function fresh(entry: Open | undefined, version: number): entry is Open {
  return entry !== undefined && entry.editor.version === version && Date.now() - entry.loadedAt < TTL_MS;
}

/**
 * An open timetable at an older version (edited by another process since): catch up from its
 * entries alone, which is one query instead of loading the whole term. False when it cannot.
 */
async function caughtUp(entry: Open | undefined, timetableId: string, version: number, client: Prisma.TransactionClient): Promise<boolean> {
  if (entry === undefined || Date.now() - entry.loadedAt >= TTL_MS || entry.editor.version > version) return false;
  const rows = await client.timetableEntry.findMany({ where: { timetableId }, select: entrySelect });
  return entry.editor.syncTo(rows, version);
}

function remember(editor: EditorTimetable, loadedAt: number): void {
  const id = editor.model.timetable.id;
  open.delete(id);
  open.set(id, { editor, loadedAt });
  // Map keeps insertion order: the first key is the one used least recently.
  while (open.size > MAX_OPEN) open.delete(open.keys().next().value!);
}

async function load(timetableId: string, client?: Prisma.TransactionClient): Promise<EditorTimetable> {
  const model = await loadTimetableModel({ timetableId, client });
  return new EditorTimetable(model, model.timetable.version);
}

/** The timetable at its current version, for reading (options, suggestions, the editor's data). */
export async function openEditor(timetableId: string): Promise<EditorTimetable> {
  const row = await prisma.timetable.findUnique({ where: { id: timetableId }, select: { version: true } });
  if (!row) throw new AppError("NOT_FOUND", "Timetable not found");
  const hit = open.get(timetableId);
  if (fresh(hit, row.version) || (await caughtUp(hit, timetableId, row.version, prisma))) {
    remember(hit!.editor, hit!.loadedAt);
    return hit!.editor;
  }
  const editor = await load(timetableId);
  remember(editor, Date.now());
  return editor;
}

/** For an operation, inside its transaction after the version check: the caller owns it until it gives it back. */
export async function takeEditor(timetableId: string, version: number, tx: Prisma.TransactionClient): Promise<{ editor: EditorTimetable; loadedAt: number }> {
  const hit = open.get(timetableId);
  open.delete(timetableId);
  if (fresh(hit, version) || (await caughtUp(hit, timetableId, version, tx))) return hit!;
  const editor = await load(timetableId, tx);
  // Loaded under the row lock, so it is this version.
  editor.version = version;
  return { editor, loadedAt: Date.now() };
}

/** After a committed operation (with its new version), or an untouched one after a refusal. */
export function giveBackEditor(editor: EditorTimetable, loadedAt: number): void {
  remember(editor, loadedAt);
}

/** Drops a timetable from this process (tests, and after a failed operation). */
export function forgetEditor(timetableId: string): void {
  open.delete(timetableId);
}
