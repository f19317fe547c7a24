import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";
import { card, cardAction, dragOver, editorData, findMovableMeeting, gridCell, openEditor } from "./editor-helper";
import { generateDraftTimetable, publishTimetable } from "./publish-helper";

// Issue "Interactive editing": a registrar edits a draft in the browser (drag onto a blocked cell
// and read why, drop on a free one and see the score change, swap, pin, undo, redo), edits a
// published timetable through a new draft and publishes it, and two registrars edit at once.
test.describe.configure({ mode: "serial" });
// The whole week on screen: drags start and end inside the viewport.
test.use({ viewport: { width: 1600, height: 1400 } });

let draftId: string;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await browser.newPage();
  await signIn(page, "registrar");
  draftId = await generateDraftTimetable(page.request);
  await page.close();
});

const scoreOf = async (page: Page) => Number(await page.getByTestId("editor-score").textContent());

test("a registrar drags onto a blocked cell, drops on a free one, swaps, pins, undoes and redoes", async ({ page }) => {
  await signIn(page, "registrar");
  const before = await editorData(page.request, draftId);
  const { entry, blocked, free } = await findMovableMeeting(page.request, draftId, before);
  await openEditor(page, draftId, entry.batchCodes[0]);
  const startScore = await scoreOf(page);

  // Over a blocked cell: the panel names every reason before the drop.
  await dragOver(page, entry.id, blocked.day, blocked.period);
  const movePanel = page.getByRole("region", { name: "Move" });
  await expect(movePanel).toContainText(blocked.reasons[0]);
  await expect(gridCell(page, blocked.day, blocked.period)).toHaveAttribute("data-state", "blocked");
  await expect(gridCell(page, free.day, free.period)).toHaveAttribute("data-state", "free");
  // Dropping there asks first; cancelling leaves the timetable as it was.
  await page.mouse.up();
  const confirm = page.getByRole("dialog", { name: "Place it anyway?" });
  await expect(confirm).toContainText(blocked.reasons[0]);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect(await scoreOf(page)).toBe(startScore);

  // On a free cell: moved, and the score changes by what the cell said.
  await dragOver(page, entry.id, free.day, free.period);
  await expect(movePanel).toContainText(/: free/);
  await page.mouse.up();
  const roomPicker = page.getByRole("dialog", { name: /^Which room for / });
  if (await roomPicker.isVisible().catch(() => false)) await roomPicker.getByRole("button").first().click();
  const expected = Math.round((startScore + free.scoreDelta) * 100) / 100;
  await expect(page.getByRole("status").filter({ hasText: `Score ${startScore} → ${expected}` })).toBeVisible();
  await expect(page.getByTestId("editor-score")).toHaveText(String(expected));
  const moved = (await editorData(page.request, draftId)).entries.find((e) => e.id === entry.id)!;
  expect([moved.day, moved.period]).toEqual([free.day, free.period]);

  // Swap it with another one-period meeting of the same batch (confirming if that breaks a rule).
  const after = await editorData(page.request, draftId);
  const other = after.entries.find((e) => e.id !== entry.id && e.length === 1 && e.batchCodes.includes(entry.batchCodes[0]))!;
  await cardAction(page, entry.id, "Swap with…");
  await card(page, other.id).getByRole("button", { name: /^Swap .* with / }).click();
  const forced = page.getByRole("dialog", { name: "Place it anyway?" });
  await expect(page.getByRole("status").filter({ hasText: /Swapped/i }).or(forced)).toBeVisible();
  if (await forced.isVisible()) await forced.getByRole("button", { name: "Place anyway" }).click();
  await expect
    .poll(async () => {
      const now = (await editorData(page.request, draftId)).entries;
      const a = now.find((e) => e.id === entry.id)!;
      const b = now.find((e) => e.id === other.id)!;
      return [a.day, a.period, b.day, b.period];
    })
    .toEqual([other.day, other.period, moved.day, moved.period]);

  // Pin it; undo takes the pin off, redo puts it back.
  await cardAction(page, other.id, "Pin time and room");
  await expect(card(page, other.id).getByText("Pinned", { exact: true })).toBeVisible();
  const editLog = page.getByRole("list", { name: "Changes, newest first" });
  await expect(editLog.getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(card(page, other.id).getByText("Pinned", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(card(page, other.id).getByText("Pinned", { exact: true })).toBeVisible();
  // "Suggest…" lists better places (or says there is none); applying one is one more edit.
  await cardAction(page, entry.id, "Suggest…");
  const suggestions = page.getByRole("dialog", { name: /^Suggestions for / });
  const applyButtons = suggestions.getByRole("button", { name: /^Apply: / });
  await expect(applyButtons.first().or(suggestions.getByText("No better place found."))).toBeVisible();
  const applied = (await applyButtons.count()) > 0;
  if (applied) {
    await applyButtons.first().click();
    const forcedSuggestion = page.getByRole("dialog", { name: "Place it anyway?" });
    await expect(page.getByRole("status").filter({ hasText: /Score .* → / }).or(forcedSuggestion)).toBeVisible();
    if (await forcedSuggestion.isVisible()) await forcedSuggestion.getByRole("button", { name: "Place anyway" }).click();
    await expect(editLog.getByRole("listitem")).toHaveCount(4);
  } else {
    await suggestions.getByRole("button", { name: "Close" }).click();
  }

  // Every change is in the log with who made it (the demo registrar's name is random per seed).
  const log = (await editorData(page.request, draftId)).edits;
  expect(log.map((edit) => edit.undone)).toEqual(applied ? [false, false, false, false] : [false, false, false]);
  await expect(editLog.getByRole("listitem").first()).toContainText(log[0].actorName!);
});

test("a registrar edits the published timetable through a new draft, moving a meeting by keyboard, and publishes it", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "registrar");
  const publishedId = await generateDraftTimetable(page.request);
  await publishTimetable(page.request, publishedId);
  const published = await editorData(page.request, publishedId);

  await page.goto(`/admin/timetables/${publishedId}`);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/timetables\/[^/]+\/edit$/);
  const newDraftId = page.url().split("/").at(-2)!;
  expect(newDraftId).not.toBe(publishedId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${published.timetable.name} (edit)`);

  const draft = await editorData(page.request, newDraftId);
  expect(draft.timetable.baseTimetableId).toBe(publishedId);
  const { entry, free } = await findMovableMeeting(page.request, newDraftId, draft);
  await openEditor(page, newDraftId, entry.batchCodes[0]);

  // "Move…" from the meeting's menu, then arrow keys to the free cell and Enter.
  await cardAction(page, entry.id, "Move…");
  const dayIndex = (d: number) => draft.days.findIndex((x) => x.day === d);
  const periodIndex = (p: number) => draft.periods.findIndex((x) => x.index === p);
  const across = dayIndex(free.day) - dayIndex(entry.day);
  const down = periodIndex(free.period) - periodIndex(entry.period);
  for (let i = 0; i < Math.abs(across); i++) await page.keyboard.press(across > 0 ? "ArrowRight" : "ArrowLeft");
  for (let i = 0; i < Math.abs(down); i++) await page.keyboard.press(down > 0 ? "ArrowDown" : "ArrowUp");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", /: free, score/);
  await page.keyboard.press("Enter");
  const roomPicker = page.getByRole("dialog", { name: /^Which room for / });
  if (await roomPicker.isVisible().catch(() => false)) await roomPicker.getByRole("button").first().click();
  await expect(page.getByRole("status").filter({ hasText: /Score .* → / })).toBeVisible();

  // Publish the draft: it replaces the published one, which is archived.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Status: published", { exact: false })).toBeVisible();
  expect((await editorData(page.request, publishedId)).timetable.status).toBe("archived");
  const moved = (await editorData(page.request, newDraftId)).entries.find((e) => e.id === entry.id)!;
  expect([moved.day, moved.period]).toEqual([free.day, free.period]);
});

test("a second registrar sees the first one's change within 2 s and is told when their own is stale", async ({ browser }) => {
  const first = await (await browser.newContext({ viewport: { width: 1600, height: 1400 } })).newPage();
  const second = await (await browser.newContext({ viewport: { width: 1600, height: 1400 } })).newPage();
  await signIn(first, "registrar");
  await signIn(second, "admin");
  const data = await editorData(first.request, draftId);
  const { entry } = await findMovableMeeting(first.request, draftId, data);
  await openEditor(first, draftId, entry.batchCodes[0]);
  await openEditor(second, draftId, entry.batchCodes[0]);

  // The first registrar pins a meeting; the second page shows it within 2 s, saying who did it.
  await cardAction(first, entry.id, "Pin time");
  await expect(first.getByRole("status").filter({ hasText: /Score/ })).toBeVisible();
  await expect(card(second, entry.id).getByText("Time pinned")).toBeVisible({ timeout: 2_000 });
  await expect(second.getByRole("status").filter({ hasText: "Changed by" })).toBeVisible();

  // The second page stops hearing about changes (its polls are held back, as on a slow network),
  // the first moves the meeting, and the second's next operation is refused as stale: nothing is
  // written, it says so, and the page shows the current timetable once its polls get through.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await second.route(/\/api\/timetables\/[^/]+\/editor$/, async (route) => {
    await held;
    // The page may have given up on a held request (a newer poll replaced it): nothing to continue.
    await route.continue().catch(() => {});
  });
  await cardAction(first, entry.id, "Unpin");
  await expect(card(first, entry.id).getByText("Time pinned")).toHaveCount(0);
  await cardAction(second, entry.id, "Pin room");
  await expect(second.getByRole("status").filter({ hasText: "Someone else changed this timetable first" })).toBeVisible();
  release();
  await second.unroute(/\/api\/timetables\/[^/]+\/editor$/);
  await expect(card(second, entry.id).getByText(/pinned/i)).toHaveCount(0);
  const now = (await editorData(first.request, draftId)).entries.find((e) => e.id === entry.id)!;
  expect([now.pinnedTime, now.pinnedRoom]).toEqual([false, false]);
  await first.context().close();
  await second.context().close();
});
