// Timetable views are cached in each web process until their data changes
// (lib/server/timetable-views/view-data-changes.ts). The server under test runs two Next.js
// processes (playwright.config.ts); this checks over HTTP that a publication made through one of
// them reaches the cached views of both. Each request opens a new connection, so that the
// cluster's round-robin spreads them over the processes.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./fixtures";
import { ensurePublishedTimetable, generateDraftTimetable, publishTimetable } from "./publish-helper";

const REQUESTS = 6;

/** The timetable id each of several requests on fresh connections is served. */
async function servedTimetableIds(request: APIRequestContext): Promise<string[]> {
  return Promise.all(
    Array.from({ length: REQUESTS }, async () => {
      const res = await request.get("/api/timetable?scope=me", { headers: { Connection: "close" } });
      expect(res.status(), await res.text()).toBe(200);
      return ((await res.json()) as { timetable: { id: string } }).timetable.id;
    }),
  );
}

test("a new publication reaches the cached views of every web process", async ({ browser }) => {
  test.setTimeout(300_000);
  const registrar = await browser.newPage();
  await signIn(registrar, "registrar");
  await ensurePublishedTimetable(registrar.request);

  const draftId = await generateDraftTimetable(registrar.request);

  const faculty = await browser.newPage();
  await signIn(faculty, "faculty");
  // Twice, so that both processes have built and cached the faculty member's view.
  await servedTimetableIds(faculty.request);
  const before = await servedTimetableIds(faculty.request);
  expect(new Set(before).size).toBe(1);
  expect(before[0]).not.toBe(draftId);

  await publishTimetable(registrar.request, draftId);
  // The process that did not publish hears of it from PostgreSQL within milliseconds; a cache that
  // only expired with time would keep serving the old timetable for 10 minutes. 10 s leaves room
  // for a loaded CI machine, where one round of requests alone can take a second or more.
  await expect
    .poll(async () => [...new Set(await servedTimetableIds(faculty.request))], { timeout: 10_000, intervals: [100] })
    .toEqual([draftId]);
});
