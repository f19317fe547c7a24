import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// Issue "Data management": a registrar creates a room, imports a CSV with one bad row and sees the
// row-level error with nothing written, fixes it and imports it, edits a faculty member's
// availability grid, and sees the overview's counts change.
// The test database is shared with other specs and earlier runs: codes and e-mails are unique per
// run, and counts are read before and after instead of assuming the seed's numbers. The faculty
// whose availability is edited is one this run imported, so the demo faculty stay as seeded.

const run = Date.now().toString(36);

/** The overview's count for one entity ("Rooms 46" -> 46). */
async function overviewCount(page: Page, label: string): Promise<number> {
  await page.goto("/admin/data");
  const link = page.getByRole("list", { name: "Counts" }).getByRole("link", { name: new RegExp(`^${label} \\d+$`) });
  const text = (await link.textContent()) ?? "";
  const match = /(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return Number(match[1]);
}

function csvFile(lines: string[]) {
  return { name: `faculty-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(`${lines.join("\n")}\n`, "utf8") };
}

test("a registrar creates a room, imports faculty from a CSV after fixing a bad row, and edits availability", async ({ page }) => {
  await signIn(page, "registrar");

  // 1. A new room, through the form.
  const roomsBefore = await overviewCount(page, "Rooms");
  const roomCode = `E2E-${run}`.toUpperCase();
  await page.goto("/admin/data/rooms/new");
  await page.getByLabel("Code").fill(roomCode);
  await page.getByLabel("Building").fill("E2E block");
  await page.getByLabel("Capacity").fill("48");
  await page.getByLabel("Type").selectOption("SEMINAR");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin\/data\/rooms\/[^/]+\?saved=1$/);
  await expect(page.getByRole("heading", { name: `Room ${roomCode}` })).toBeVisible();
  expect(await overviewCount(page, "Rooms")).toBe(roomsBefore + 1);

  // 2. A faculty CSV whose second data row (spreadsheet row 3) is bad: nothing may be written.
  const facultyBefore = await overviewCount(page, "Faculty");
  const emails = [`e2e-a-${run}@example.test`, `e2e-b-${run}@example.test`];
  const header = "email,name,title,department_code,max_periods_per_day";
  const good = (i: number) => `${emails[i]},E2E Teacher ${run} ${i},Dr,CSE,4`;
  await page.goto("/admin/data/import");
  await page.getByLabel("What to import").selectOption("faculty");
  await page.getByLabel("CSV file").setInputFiles(csvFile([header, good(0), `${emails[1]},E2E Teacher ${run} 1,Dr,CSE,lots`]));
  await page.getByRole("button", { name: "Preview" }).click();
  const problems = page.getByRole("table", { name: "Problems" });
  await expect(problems.getByRole("row")).toHaveCount(2); // header + the one problem
  await expect(problems.getByRole("row").nth(1).getByRole("cell")).toHaveText(["3", "max_periods_per_day", /number/]);
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  expect(await overviewCount(page, "Faculty")).toBe(facultyBefore);

  // 3. The fixed file previews clean and imports both rows.
  await page.goto("/admin/data/import");
  await page.getByLabel("What to import").selectOption("faculty");
  await page.getByLabel("CSV file").setInputFiles(csvFile([header, good(0), good(1)]));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("2 rows ready to import; no problems found.")).toBeVisible();
  await expect(page.getByText("Importing will create 2 and update 0.")).toBeVisible();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported: 2 created, 0 updated.")).toBeVisible();
  expect(await overviewCount(page, "Faculty")).toBe(facultyBefore + emails.length);

  // 4. One imported faculty member's availability: mark a period unavailable, save, reload.
  await page.goto(`/admin/data/faculty?q=${encodeURIComponent(emails[0])}`);
  await page.getByRole("link", { name: `Dr E2E Teacher ${run} 0` }).click();
  await expect(page).toHaveURL(/\/admin\/data\/faculty\/[^/?]+$/);
  // The grid follows the latest term's week, which other specs may change: take its first cell.
  const firstCell = page.locator("button[aria-pressed]").first();
  const cellName = (await firstCell.getAttribute("aria-label")) ?? "";
  expect(cellName).toMatch(/^\w{3} \S+$/);
  const cell = page.getByRole("button", { name: cellName, exact: true });
  await expect(cell).toHaveAttribute("aria-pressed", "false");
  await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Update availability" }).click();
  await expect(page.getByText("Availability updated")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: cellName, exact: true })).toHaveAttribute("aria-pressed", "true");

  // 5. The room goes again (after a confirmation), so repeated runs do not grow the room list.
  await page.goto(`/admin/data/rooms?q=${encodeURIComponent(roomCode)}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Delete room ${roomCode}` }).click();
  await expect(page.getByRole("link", { name: roomCode, exact: true })).toHaveCount(0);
  expect(await overviewCount(page, "Rooms")).toBe(roomsBefore);
});

test("a registrar walks the students list a page at a time, and a bad page number is named", async ({ page }) => {
  await signIn(page, "registrar");
  await page.goto("/admin/data/students");
  const position = page.getByText(/^1–100 of \d+ students$/);
  await expect(position).toBeVisible();
  const total = Number(/of (\d+)/.exec((await position.textContent()) ?? "")![1]);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByText(`Page 1 of ${Math.ceil(total / 100)}`)).toBeVisible();

  await pages.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\/admin\/data\/students\?page=2$/);
  await expect(page.getByText(`101–200 of ${total} students`)).toBeVisible();
  await pages.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/\/admin\/data\/students$/);

  // A search narrows to one page: no pager; the search box keeps what was typed.
  await page.getByLabel("Search students").fill("s24csea0");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=s24csea0$/);
  await expect(page.getByText(/^\d+ students? matching "s24csea0"$/)).toBeVisible();
  await expect(pages).toHaveCount(0);

  await page.goto("/admin/data/students?page=abc");
  await expect(page.getByText('"abc" is not a page number (1, 2, 3, ...); showing page 1.')).toBeVisible();
  await expect(position).toBeVisible();
});
