import { expect, test, type Page } from "@playwright/test";
import { type DemoAccount, signIn } from "./fixtures";
import { generateDraftTimetable, publishTimetable, usePublishedTimetable } from "./publish-helper";

// Issue "Role views": each role signs in, sees its week grid of the published timetable, and
// downloads its .ics; refusals are decided on the server.
test.describe.configure({ mode: "serial" });

usePublishedTimetable();

async function expectGridWithClasses(page: Page) {
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  const grid = page.locator("table").filter({ has: page.getByRole("columnheader", { name: "Time" }) }).first();
  await expect(grid).toBeVisible();
  await expect(page.getByText("No classes in this timetable for this view.")).toHaveCount(0);
}

const ROLES: DemoAccount[] = ["registrar", "hodCse", "faculty", "student"];
for (const account of ROLES) {
  test(`${account} sees their grid and downloads their .ics`, async ({ page }) => {
    await signIn(page, account);
    await page.goto("/timetable");
    await expectGridWithClasses(page);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download .ics" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toMatch(/RRULE:FREQ=WEEKLY/);
  });
}

test("faculty and students see their week on their home page", async ({ page }) => {
  await signIn(page, "faculty");
  await expectGridWithClasses(page);
});

test("a head of department sees each faculty member's teaching load and opens their week", async ({ page }) => {
  await signIn(page, "hodCse");
  const table = page.getByRole("table", { name: "Teaching load of CSE" });
  await expect(table).toBeVisible();
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(5);
  // Most loaded first: the first member teaches, "N of M" periods a week with N > 0.
  await expect(rows.first().getByRole("cell").nth(1)).toHaveText(/^[1-9]\d* of \d+$/);
  const name = (await rows.first().getByRole("link").textContent())!;
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/timetable\?scope=faculty&id=/);
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
});

const FULL_TEACHING_WEEK = new Date("2026-10-07T04:30:00Z"); // Wed 7 Oct 2026, 10:00 in Asia/Kolkata

test("a meeting of several periods fills every row it spans, however tall the rows grew", async ({ page }) => {
  // The demo's faculty@demo.edu teaches a 3-period lab; rows holding a meeting grow taller than
  // empty ones, and the block once stopped short of its last period. A non-teaching day's one
  // greyed cell spans every row too, but holds no meeting.
  // A full teaching week (no holiday, inside the term): on any other day the grid opens on the
  // week of today, where a day outside the term or a holiday could be the lab's day and grey it out.
  await page.clock.setFixedTime(FULL_TEACHING_WEEK);
  await signIn(page, "faculty");
  await page.goto("/timetable");
  const spanning = page.locator("table td[rowspan]:not([rowspan='1']):not([data-closed-day])");
  await expect(spanning.first()).toBeVisible();
  for (const cell of await spanning.all()) {
    const [cellBox, blockBox] = await Promise.all([cell.boundingBox(), cell.locator("> div").boundingBox()]);
    // The cell's padding (p-1, 4 px) and border aside, the block is as tall as the cell.
    expect(blockBox!.height).toBeGreaterThanOrEqual(cellBox!.height - 10);
  }
});

test("refusals: signed out, HOD of another department, student asking for a department", async ({ page, request }) => {
  expect((await request.get("/api/timetable?scope=me")).status()).toBe(401);
  expect((await request.get("/api/timetable.ics?scope=me")).status()).toBe(401);

  await signIn(page, "hodCse");
  const cseId = await sessionDepartmentId(page);
  await signIn(page, "hodEce");
  expect((await page.request.get(`/api/timetable?scope=department&id=${cseId}`)).status()).toBe(403);
  expect((await page.request.get(`/api/timetable.ics?scope=department&id=${cseId}`)).status()).toBe(403);

  await signIn(page, "student");
  expect((await page.request.get(`/api/timetable?scope=department&id=${cseId}`)).status()).toBe(403);
});

test("a department's long list of changes shows the first dozen, and all on demand", async ({ page }) => {
  test.setTimeout(240_000);
  // A fresh generation published over the current one moves most of a department's meetings.
  await signIn(page, "registrar");
  await publishTimetable(page.request, await generateDraftTimetable(page.request));
  await signIn(page, "hodCse");
  await page.goto("/timetable");
  const changes = page.getByRole("list").filter({ has: page.getByText(/ moved from | added: | no longer meets /).first() });
  await expect(changes.getByRole("listitem")).toHaveCount(12);
  const showAll = page.getByRole("button", { name: /^Show all \d+ changes$/ });
  const total = Number(/\d+/.exec((await showAll.textContent())!)![0]);
  expect(total).toBeGreaterThan(12);
  await expect(page.getByText(new RegExp(`^${total} changes compared with the timetable published on `))).toBeVisible();
  await showAll.click();
  await expect(changes.getByRole("listitem")).toHaveCount(total);
  await expect(page.getByRole("button", { name: "Show the first 12 only" })).toHaveAttribute("aria-expanded", "true");
});

/** The signed-in user's department id, from their next-auth session. */
async function sessionDepartmentId(page: Page): Promise<string> {
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user?.departmentId, "the signed-in user has a department").toBeTruthy();
  return session.user.departmentId as string;
}
