import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// Issue "Generation": a registrar generates 3 variants for the demo university, watches the
// progress bars move, sees the variants with their scores, and publishes one.
test("a registrar generates three variants, watches them progress and publishes one", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "registrar");
  await page.goto("/admin/generate");
  await page.getByLabel("Time per variant (seconds)").fill("12");
  await page.getByLabel("Number of variants").fill("3");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs\/[^/]+$/);

  const bars = page.getByRole("progressbar");
  await expect(bars).toHaveCount(3);

  // Sample the bars while the solvers run: they must pass through values strictly between 0 and 100.
  const seen = new Set<number>();
  const deadline = Date.now() + 180_000;
  let done = false;
  while (!done && Date.now() < deadline) {
    const values = await bars.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("aria-valuenow"))));
    values.forEach((v) => seen.add(v));
    done = await page.getByRole("button", { name: /^Publish / }).first().isVisible().catch(() => false);
    if (!done) await page.waitForTimeout(250);
  }
  const intermediate = [...seen].filter((v) => v > 0 && v < 100);
  expect(intermediate.length, `progress values seen: ${[...seen].sort((a, b) => a - b).join(", ")}`).toBeGreaterThan(1);

  // Every variant finished with a score and can be published.
  const publishButtons = page.getByRole("button", { name: /^Publish / });
  await expect(publishButtons).toHaveCount(3, { timeout: 120_000 });
  await expect(page.getByText(/best score \d+/).first()).toBeVisible();
  // Compared like for like: every variant scored under the first variant's profile, one marked best.
  const comparison = page.getByRole("table", { name: "Variants compared" });
  await expect(comparison.getByRole("rowheader", { name: /^Score under (?!its own priorities)/ })).toBeVisible();
  expect(await comparison.getByText("best", { exact: true }).count()).toBeGreaterThanOrEqual(1);

  // Publishing asks for confirmation first, showing what changes for whom.
  await publishButtons.first().click();
  await page.getByRole("button", { name: "Confirm publishing" }).click();
  // "Published." at once, then the variant's "Published" badge once the job's data is reloaded.
  await expect(page.getByText(/^Published\.?$/).first()).toBeVisible();

  // The review page groups what the variant bends by preference; a group opens to list each one.
  await page.getByRole("link", { name: "Review" }).first().click();
  await expect(page).toHaveURL(/\/admin\/timetables\/[^/]+$/);
  const firstGroup = page.locator("details").first();
  await expect(firstGroup.locator("summary")).toContainText(/\d+ instances?/);
  await expect(firstGroup.locator("summary")).toContainText(/cost \d+$/);
  await expect(firstGroup.locator("li").first()).toBeHidden();
  await firstGroup.locator("summary").click();
  await expect(firstGroup.locator("li").first()).toBeVisible();

  // The published timetable is what the role views read.
  const terms = await page.request.get("/api/terms");
  expect(terms.ok()).toBe(true);
});

test("a faculty member cannot reach generation pages or routes", async ({ page }) => {
  await signIn(page, "faculty");
  for (const path of ["/admin/generate", "/admin/jobs"]) {
    const response = await page.goto(path);
    expect(response?.status() === 403 || !page.url().includes(path), `${path} should be refused`).toBe(true);
  }
  expect((await page.request.get("/api/jobs")).status()).toBe(403);
  expect((await page.request.get("/api/terms")).status()).toBe(403);
  const post = await page.request.post("/api/jobs", { data: { termId: "x", variants: 1, secondsPerVariant: 5 } });
  expect(post.status()).toBe(403);
  expect((await page.request.post("/api/timetables/anything/publish")).status()).toBe(403);
  expect((await page.request.post("/api/jobs/anything/cancel")).status()).toBe(403);
});

test("bad generation input gets a 4xx naming what is wrong", async ({ page }) => {
  await signIn(page, "registrar");
  const tooMany = await page.request.post("/api/jobs", { data: { termId: "x", variants: 9, secondsPerVariant: 10 } });
  expect(tooMany.status()).toBe(422);
  expect((await tooMany.json()).error).toMatch(/variants/);
  const unknownTerm = await page.request.post("/api/jobs", { data: { termId: "no-such-term", variants: 1, secondsPerVariant: 10 } });
  expect([404, 422]).toContain(unknownTerm.status());
  expect((await unknownTerm.json()).error).toMatch(/term/i);
});
