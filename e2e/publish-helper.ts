import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./fixtures";

/**
 * Generates one draft timetable of the demo term through the same API the registrar's pages use,
 * waits for the worker to finish it, and returns its id.
 */
export async function generateDraftTimetable(request: APIRequestContext): Promise<string> {
  const terms = await request.get("/api/terms");
  expect(terms.ok(), await terms.text()).toBe(true);
  const { terms: list } = (await terms.json()) as { terms: { id: string; name: string }[] };
  const term = list.find((t) => t.name.startsWith("2026-27")) ?? list[0];

  const created = await request.post("/api/jobs", { data: { termId: term.id, variants: 1, secondsPerVariant: 8 } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  let timetableId: string | null = null;
  await expect
    .poll(
      async () => {
        const job = await (await request.get(`/api/jobs/${id}`)).json();
        timetableId = job.variants?.[0]?.timetableId ?? null;
        return job.status;
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe("completed");
  expect(timetableId).not.toBeNull();
  return timetableId!;
}

export async function publishTimetable(request: APIRequestContext, timetableId: string): Promise<void> {
  const published = await request.post(`/api/timetables/${timetableId}/publish`);
  expect(published.ok(), await published.text()).toBe(true);
}

/** Makes sure the demo term has a published timetable: generates one and publishes it. */
export async function ensurePublishedTimetable(request: APIRequestContext): Promise<void> {
  await publishTimetable(request, await generateDraftTimetable(request));
}

/** Registers a beforeAll that signs in as the registrar and makes sure a timetable is published. */
export function usePublishedTimetable(): void {
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await browser.newPage();
    await signIn(page, "registrar");
    await ensurePublishedTimetable(page.request);
    await page.close();
  });
}
