import { expect, test } from "@playwright/test";
import { Queue } from "bullmq";
import { QueueName } from "../lib/queue/queues";
import { signIn } from "./fixtures";

// Issue 16's queue dashboard: an admin sees each queue's counts and a failed job with its error,
// and Retry sends it back to the real worker; a registrar is refused the page and its API.
// The failed job is a solve-variant job with a payload the worker refuses for good (one attempt).
const jobId = `e2e-queue-${Date.now()}`;

test.beforeAll(async () => {
  const queue = new Queue(QueueName.SolveVariant, { connection: { url: process.env.REDIS_URL }, prefix: process.env.BULLMQ_PREFIX });
  try {
    await queue.add(QueueName.SolveVariant, { bogus: true } as never, { jobId, attempts: 1 });
  } finally {
    await queue.close();
  }
});

test("an admin sees queue counts and a failed job, and retries it", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/queue");
  await expect(page.getByRole("heading", { name: "Queue", exact: true })).toBeVisible();

  // The worker fails the job within seconds; the page refreshes itself while jobs are in flight.
  const row = page.getByRole("row").filter({ hasText: jobId });
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Invalid solve-variant payload", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row.getByRole("cell").nth(0)).toHaveText(/failed/i);
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");

  // The counts on the page are the queue's: the same as the API reports, with our job among the failed.
  const solveCard = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: QueueName.SolveVariant, exact: true }) });
  const failedCount = solveCard.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^failed$/ }) }).locator("dd");
  await expect(async () => {
    const api = (await (await page.request.get("/api/admin/queue")).json()) as { counts: Record<string, { failed: number }> };
    expect(api.counts[QueueName.SolveVariant].failed).toBeGreaterThanOrEqual(1);
    await page.reload();
    await expect(failedCount).toHaveText(String(api.counts[QueueName.SolveVariant].failed), { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  for (const state of ["waiting", "active", "delayed"]) await expect(solveCard.locator("dt", { hasText: new RegExp(`^${state}$`) })).toBeVisible();

  // Retry: back in the queue, the worker runs it again and it fails again (the payload is still bad).
  await row.getByRole("button", { name: `Retry job ${jobId}` }).click();
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole("cell").nth(4)).toHaveText("2", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row.getByRole("cell").nth(0)).toHaveText(/failed/i);
});

test("a registrar is refused the queue page and its API", async ({ page }) => {
  await signIn(page, "registrar");
  const response = await page.goto("/admin/queue");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  expect((await page.request.get("/api/admin/queue")).status()).toBe(403);
  expect((await page.request.post(`/api/admin/queue/${QueueName.SolveVariant}/${jobId}/retry`, { headers: { Origin: new URL(page.url()).origin } })).status()).toBe(403);
});
