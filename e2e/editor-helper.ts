import { expect, type APIRequestContext, type Page } from "@playwright/test";
import {
  ZEditorDataSchema,
  ZOptionsResponseSchema,
  type TCellOption,
  type TEditorData,
  type TEditorEntry,
  type TOptionsResponse,
} from "../lib/domain/timetable-editor";

/** The editor's data, as the page reads it (and checked against the same contract). */
export async function editorData(request: APIRequestContext, timetableId: string): Promise<TEditorData> {
  const response = await request.get(`/api/timetables/${timetableId}/editor`);
  expect(response.ok(), await response.text()).toBe(true);
  return ZEditorDataSchema.parse(await response.json());
}

export async function cellOptions(request: APIRequestContext, timetableId: string, entryId: string): Promise<TOptionsResponse> {
  const response = await request.get(`/api/timetables/${timetableId}/options?entryId=${entryId}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ZOptionsResponseSchema.parse(await response.json());
}

export type MovableMeeting = { entry: TEditorEntry; blocked: TCellOption; free: TCellOption };

const isAt = (entry: TEditorEntry, cell: TCellOption) => entry.day === cell.day && entry.period === cell.period;

/** A one-period meeting of a batch with somewhere it cannot go (with a named reason) and somewhere free. */
export async function findMovableMeeting(request: APIRequestContext, timetableId: string, data: TEditorData): Promise<MovableMeeting> {
  const candidates = data.entries.filter((e) => e.length === 1 && e.batchCodes.length > 0 && !e.pinnedTime && !e.pinnedRoom);
  for (const entry of candidates.slice(0, 40)) {
    const { cells } = await cellOptions(request, timetableId, entry.id);
    const blocked = cells.find((c) => !c.free && c.reasons.length > 0 && !isAt(entry, c));
    const free = cells.find((c) => c.free && !isAt(entry, c));
    if (blocked && free) return { entry, blocked, free };
  }
  throw new Error("no meeting with both a blocked and a free cell");
}

/** Opens the editor on a batch's week and waits for its grid. */
export async function openEditor(page: Page, timetableId: string, batchCode: string): Promise<void> {
  await page.goto(`/admin/timetables/${timetableId}/edit`);
  await page.getByRole("combobox", { name: "View by" }).selectOption("batch");
  await page.getByRole("combobox", { name: "Batch", exact: true }).selectOption(batchCode);
  await expect(page.getByRole("region", { name: `Week of ${batchCode}` })).toBeVisible();
}

export const card = (page: Page, entryId: string) => page.locator(`[data-entry-id="${entryId}"]`);
export const gridCell = (page: Page, day: number, period: number) => page.locator(`[data-cell="${day}:${period}"]`);

/** Presses the mouse on a meeting and moves it (in steps, as a hand would) over a cell, without dropping. */
export async function dragOver(page: Page, entryId: string, day: number, period: number): Promise<void> {
  const from = (await card(page, entryId).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
  const target = gridCell(page, day, period);
  await target.scrollIntoViewIfNeeded();
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
}

/** The meeting's menu, then one of its actions. */
export async function cardAction(page: Page, entryId: string, action: string): Promise<void> {
  await card(page, entryId).getByRole("button", { name: /^Actions for / }).click();
  await card(page, entryId).getByRole("button", { name: action, exact: true }).click();
}
