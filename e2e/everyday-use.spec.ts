import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";
import { usePublishedTimetable } from "./publish-helper";

// Issue 14, "everyday use": a student's timetable on a phone opens on today's classes with subject
// names and moves day by day to a holiday, which says so; on a desktop the week shows its dates and
// marks the holiday; a registrar keeps a term's non-teaching days on the term's page.
// The browser's clock is set inside the demo term (Wed 30 Sep 2026, 10:00 in Asia/Kolkata); the
// demo term has Gandhi Jayanti on Fri 2 Oct.
test.describe.configure({ mode: "serial" });
usePublishedTimetable();

const IN_TERM = new Date("2026-09-30T04:30:00Z");

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The signed-in user's own classes on an ISO weekday, from the same API the page reads. */
async function ownClassesOn(page: Page, isoDay: number): Promise<{ subjectName: string; startTime: string }[]> {
  const res = await page.request.get("/api/timetable?scope=me");
  expect(res.ok(), await res.text()).toBe(true);
  const view = (await res.json()) as { rows: { day: number; period: number; subjectName: string; startTime: string }[] };
  return view.rows.filter((r) => r.day === isoDay).sort((a, b) => a.period - b.period);
}

test("a student on a phone sees today's classes by name, moves to the next teaching day and then to a holiday", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.setFixedTime(IN_TERM);
  await signIn(page, "student");

  const wednesday = await ownClassesOn(page, 3);
  const thursday = await ownClassesOn(page, 4);
  expect(wednesday.length).toBeGreaterThan(0);
  expect(thursday.length).toBeGreaterThan(0);

  await expect(page.getByRole("heading", { name: "Wednesday 30 September 2026" })).toBeVisible();
  await expect(page.getByText("Today", { exact: true })).toBeVisible();
  const today = page.getByRole("list", { name: "Classes on Wednesday 30 September 2026" });
  await expect(today.getByRole("listitem")).toHaveCount(wednesday.length);
  await expect(today.getByRole("listitem").first()).toContainText(wednesday[0].subjectName);
  await expect(today.getByRole("listitem").first()).toContainText(wednesday[0].startTime);
  // The day fits the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page.getByRole("heading", { name: "Thursday 1 October 2026" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Classes on Thursday 1 October 2026" }).getByRole("listitem")).toHaveCount(thursday.length);

  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page.getByRole("heading", { name: "Friday 2 October 2026" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Gandhi Jayanti");
  await expect(page.getByRole("status")).toContainText("Non-teaching day");
  await expect(page.getByRole("list", { name: /Classes on/ })).toHaveCount(0);
});

test("on a desktop the week shows its dates and marks a non-teaching day", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.setFixedTime(IN_TERM);
  await signIn(page, "student");
  const week = page.getByRole("table", { name: /2026-27 Odd semester/ });
  await expect(week.getByRole("columnheader", { name: /Wed 30 Sep/ })).toBeVisible();
  await expect(week.getByRole("columnheader", { name: /Fri 2 Oct/ })).toContainText("No classes");
  await expect(week.locator("[data-closed-day]")).toContainText("Gandhi Jayanti");
  await page.getByRole("button", { name: "Next week" }).click();
  await expect(week.getByRole("columnheader", { name: /Mon 5 Oct/ })).toBeVisible();
  await expect(week.locator("[data-closed-day]")).toHaveCount(0);
});

test("a registrar adds a non-teaching day on the term's page and removes it", async ({ page }) => {
  await signIn(page, "registrar");
  await page.goto("/admin/data/terms");
  await page.getByRole("link", { name: "2026-27 Odd semester" }).first().click();
  const days = page.getByRole("list", { name: "Non-teaching days" });
  await expect(days).toContainText("Diwali break");
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Add a non-teaching day" });
  await form.getByLabel("First day").fill("2026-10-20");
  await form.getByLabel("Label").fill("Dussehra (e2e)");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(days).toContainText("Dussehra (e2e)");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete non-teaching day Dussehra (e2e) (2026-10-20)" }).click();
  await expect(days).not.toContainText("Dussehra (e2e)");
});

test("a head of department sees the department overview at 1366x900 without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "hodCse");
  await page.getByRole("link", { name: "Department overview" }).click();
  await expect(page.getByRole("heading", { name: "Department overview" })).toBeVisible();
  const matrix = page.getByRole("table", { name: /batches by day and period/ });
  await expect(matrix).toBeVisible();
  // Every CSE batch is a row, each linking to its own week.
  const batches = matrix.getByRole("rowheader");
  expect(await batches.count()).toBeGreaterThanOrEqual(8);
  await expect(matrix.locator("td").filter({ hasText: /\S/ }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const box = await matrix.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
  await expectNoAxeViolations(page);

  const first = batches.first();
  const code = (await first.textContent())!.trim();
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { name: code })).toBeVisible();
});

test("a registrar finds a faculty member by typing three letters, and picks an offering's batches by typing", async ({ page }) => {
  await signIn(page, "registrar");
  // A faculty member's name as the faculty list shows it: the first row.
  await page.goto("/admin/data/faculty");
  const name = (await page.locator("main table tbody tr").first().locator("td, th").first().innerText()).trim();
  const surname = name.split(/\s+/).at(-1)!;

  await page.goto("/admin/data/offerings/new");
  const faculty = page.getByRole("combobox", { name: "Faculty" });
  await faculty.fill(surname.slice(0, 3));
  const option = page.getByRole("option", { name: new RegExp(surname) }).first();
  await expect(option).toBeVisible();
  // Three letters narrow 100+ faculty to a short list.
  expect(await page.getByRole("option").count()).toBeLessThan(30);
  await option.click();
  await expect(faculty).toHaveValue(new RegExp(surname));

  const batches = page.getByRole("combobox", { name: "Batches" });
  await batches.fill("CSE-3");
  await page.getByRole("option", { name: /^CSE-3A/ }).click();
  await batches.fill("CSE-3");
  await page.getByRole("option", { name: /^CSE-3B/ }).click();
  // A multiple picker stays open for more choices; Escape closes it.
  await page.keyboard.press("Escape");
  const chosen = page.getByRole("list", { name: "Chosen" });
  await expect(chosen.getByRole("listitem")).toHaveCount(2);
  await chosen.getByRole("button", { name: /Remove CSE-3A/ }).click();
  await expect(chosen.getByRole("listitem")).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("leaving the availability grid with unsaved changes asks first", async ({ page }) => {
  await signIn(page, "registrar");
  await page.goto("/admin/data/faculty");
  await page.locator("main table tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/data\/faculty\/[^/?]+$/);
  const facultyUrl = page.url();
  const cell = page.locator("button[aria-pressed]").first();
  await cell.click();
  await expect(page.getByRole("status").filter({ hasText: "Unsaved changes" })).toBeVisible();

  const dialogs: string[] = [];
  page.once("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Data sections" }).getByRole("link", { name: "Rooms" }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toContain("unsaved changes");
  expect(page.url()).toBe(facultyUrl);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("navigation", { name: "Data sections" }).getByRole("link", { name: "Rooms" }).click();
  await expect(page).toHaveURL(/\/admin\/data\/rooms$/);
});

test("a student's printed week fits on one A4 landscape page", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.setFixedTime(IN_TERM);
  await signIn(page, "student");
  await expect(page.getByRole("table", { name: /2026-27 Odd semester/ })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  // Each page of a PDF is one "/Type /Page" object ("/Type /Pages" is the page tree).
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
});

test("the pin form speaks in periods with times and meetings numbered from 1", async ({ page }) => {
  await signIn(page, "registrar");
  await page.goto("/admin/data/fixed-slots/new");
  const period = page.getByLabel("Starts in period");
  await expect(period.locator("option").first()).toHaveText("P1 · 09:00–09:50");
  const meeting = page.getByLabel("Which meeting");
  await expect(meeting.locator("option").nth(0)).toHaveText("The next meeting not yet pinned");
  await expect(meeting.locator("option").nth(1)).toHaveText("Meeting 1");
  await expect(page.getByLabel("Day").locator("option").first()).toHaveText("Monday");
  await expectNoAxeViolations(page);
});

test("the registrar's home shows what is published and the latest jobs of the term", async ({ page }) => {
  await signIn(page, "registrar");
  const published = page.getByRole("region", { name: "Published timetable" });
  await expect(published.getByRole("link")).toBeVisible();
  await expect(published).toContainText("hard violations");
  await expect(page.getByRole("region", { name: "Recent generation jobs" }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Pre-flight check" })).toContainText(/blocker/);
  await expectNoAxeViolations(page);
});

test("a registrar opens a faculty member's week on /timetable by typing three letters", async ({ page }) => {
  await signIn(page, "registrar");
  await page.goto("/admin/data/faculty");
  const name = (await page.locator("main table tbody tr").first().locator("td, th").first().innerText()).trim();
  const surname = name.split(/\s+/).at(-1)!;
  await page.goto("/timetable");
  await page.getByLabel("View", { exact: true }).selectOption("faculty");
  const picker = page.getByRole("combobox", { name: "Faculty member" });
  await picker.fill(surname.slice(0, 3));
  await page.getByRole("option", { name: new RegExp(surname) }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(surname) })).toBeVisible();
  await expectNoAxeViolations(page);
});
