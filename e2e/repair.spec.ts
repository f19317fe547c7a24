import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";
import { usePublishedTimetable } from "./publish-helper";

// Issue "Change without chaos": the registrar changes data so the published timetable breaks (a
// teacher of the demo student becomes unavailable when they teach that student), sees the warning,
// repairs, reviews the changes on the grid, publishes through the confirmation, then rolls back;
// the student's page says what changed after each publication.
test.describe.configure({ mode: "serial" });

usePublishedTimetable();

type Row = { dayName: string; startTime: string; facultyName: string | null; subjectCode: string };

/** Clicks an availability cell until it is in the wanted state (neutral -> unavailable -> preferred). */
async function setCell(page: Page, name: string, pressed: "true" | "false") {
  const cell = page.getByRole("button", { name, exact: true });
  await expect(cell).toBeVisible();
  for (let i = 0; i < 3 && (await cell.getAttribute("aria-pressed")) !== pressed; i++) await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", pressed);
  await page.getByRole("button", { name: "Update availability" }).click();
  await expect(page.getByText("Availability updated")).toBeVisible();
}


async function openFaculty(page: Page, facultyName: string) {
  await page.goto(`/admin/data/faculty?q=${encodeURIComponent(facultyName.split(" ").pop()!)}`);
  await page.getByRole("link", { name: facultyName, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/data\/faculty\/[^/?]+$/);
}

test("a broken published timetable is repaired, reviewed, published with confirmation and rolled back", async ({ page }) => {
  test.setTimeout(360_000);
  // One class of the student's week, and its teacher.
  await signIn(page, "student");
  const week = (await (await page.request.get("/api/timetable?scope=me")).json()) as { term: { name: string }; rows: Row[] };
  const row = week.rows.find((r) => r.facultyName !== null)!;
  // The availability grid names cells "Mon 09:00"; the week view's day names are in full.
  const cellName = `${row.dayName.slice(0, 3)} ${row.startTime}`;

  // The registrar marks the teacher unavailable exactly then: the published timetable breaks.
  await signIn(page, "registrar");
  await openFaculty(page, row.facultyName!);
  await setCell(page, cellName, "true");

  // The registrar's home warns and offers a repair.
  await page.goto("/admin");
  // (Other tests' terms may be broken too: this is the demo term's warning.)
  const warning = page.getByRole("status").filter({ hasText: `The published timetable of ${week.term.name} no longer fits the term's data` });
  await expect(warning).toBeVisible();
  await warning.getByLabel("Seconds").fill("5");
  await warning.getByRole("button", { name: "Repair" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs\/[^/]+$/);

  // The repair's draft: its changes against the published timetable, listed and outlined on the grid.
  const review = page.getByRole("link", { name: /^Review / });
  await expect(review).toBeVisible({ timeout: 120_000 });
  await review.click();
  await expect(page).toHaveURL(/\/admin\/timetables\/[^/]+$/);
  const changes = page.getByRole("table", { name: "Changes against the published timetable" });
  await expect(changes).toBeVisible();
  await expect(changes.getByRole("cell", { name: "Moved" }).first()).toBeVisible();
  const batch = (await changes.getByRole("row").nth(1).getByRole("cell").nth(2).textContent())!.split(",")[0].trim();
  await page.getByRole("combobox", { name: "Batch", exact: true }).selectOption({ label: batch });
  await expect(page.locator("[data-changed]").first()).toBeVisible();

  // Publishing asks first, naming who is affected.
  await page.getByRole("button", { name: /^Publish / }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(/\d+ students?/);
  await expect(dialog).toContainText("will see their week change");
  await dialog.getByRole("button", { name: "Confirm publishing" }).click();
  // The page reloads its data: this timetable is now the published one.
  await expect(page.getByText(/^Status: published\./)).toBeVisible();

  const repairedPage = page.url();

  // The student's page says what changed.
  await signIn(page, "student");
  await expect(page.getByText("What changed since the last publication")).toBeVisible();

  // Roll back: the timetable published before (now archived) is published again, through the same confirmation.
  await signIn(page, "registrar");
  await page.goto(repairedPage);
  await page.getByRole("list", { name: "Publication history" }).getByRole("link").nth(1).click();
  await expect(page.getByText("Status: archived")).toBeVisible();
  await page.getByRole("button", { name: /^Roll back to / }).click();
  await expect(page.getByRole("dialog")).toContainText("will see their week change");
  await page.getByRole("button", { name: "Confirm roll back" }).click();
  await expect(page.getByText(/^Status: published\./)).toBeVisible();
  await expect(page.getByRole("list", { name: "Publication history" })).toContainText("(roll back)");

  // The student is told again.
  await signIn(page, "student");
  await expect(page.getByText("What changed since the last publication")).toBeVisible();

  // Leave the demo teacher as seeded.
  await signIn(page, "registrar");
  await openFaculty(page, row.facultyName!);
  await setCell(page, cellName, "false");
});
