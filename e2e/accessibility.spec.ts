import AxeBuilder from "@axe-core/playwright";
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { type DemoAccount, signIn } from "./fixtures";
import { usePublishedTimetable } from "./publish-helper";

// Every role's main pages pass axe-core's WCAG 2.1 A and AA rules (contrast, labels, landmarks,
// names of links and buttons, ...), checked in the real browser after the page has loaded its data.
test.describe.configure({ mode: "serial" });

usePublishedTimetable();

async function expectNoViolations(page: Page, path: string, ready?: () => Promise<void>) {
  // The browser reports what the Content-Security-Policy refused on the console: a page whose own
  // scripts or styles were refused would look broken, so it counts as a violation here too.
  const refused: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  };
  page.on("console", onConsole);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await ready?.();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  page.off("console", onConsole);
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `${path}`).toEqual([]);
  expect(refused, `${path}: refused by the Content-Security-Policy`).toEqual([]);
}

test("the sign-in page", async ({ page }) => {
  await expectNoViolations(page, "/login");
});

const PAGES: Record<DemoAccount, string[]> = {
  admin: ["/admin/audit", "/admin/users"],
  registrar: ["/admin", "/admin/generate", "/admin/jobs", "/admin/timetables", "/admin/data", "/admin/data/students", "/admin/data/faculty/new", "/admin/data/import", "/timetable", "/timetable/print"],
  hodCse: ["/hod", "/timetable"],
  hodEce: [],
  faculty: ["/faculty", "/timetable"],
  student: ["/student", "/timetable"],
};

test("a generation job, a timetable under review and in the editor", async ({ page }) => {
  await signIn(page, "registrar");
  let timetablePath = "";
  for (const [list, prefix] of [["/admin/jobs", "/admin/jobs/"], ["/admin/timetables", "/admin/timetables/"]]) {
    await page.goto(list);
    const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
    expect(href, `a link to ${prefix}... on ${list}`).toBeTruthy();
    await expectNoViolations(page, href!);
    timetablePath = href!;
  }
  // The editor loads its data in the browser: analyse it once the week is on screen.
  await expectNoViolations(page, `${timetablePath}/edit`, () => expect(page.getByRole("region", { name: /^Week of / })).toBeVisible());
});

for (const [account, paths] of Object.entries(PAGES) as [DemoAccount, string[]][]) {
  if (paths.length === 0) continue;
  test(`${account}'s pages`, async ({ page }) => {
    // Up to ten pages, each loaded and analysed: room for a slow CI machine.
    test.setTimeout(240_000);
    await signIn(page, account);
    for (const path of paths) await expectNoViolations(page, path);
  });
}
