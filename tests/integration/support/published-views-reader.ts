/**
 * Reads published timetables the way the app serves them, from whatever database DATABASE_URL
 * names: run as its own process (the Prisma client binds to DATABASE_URL when first imported), so
 * the backup test can ask the original and the restored database the same questions.
 *   node --conditions=react-server --import tsx published-views-reader.ts '<json request>'
 * Request: { views: [{ viewer, query }], feedTokens: [token] }. Prints { views, feeds } as JSON:
 * each view's JSON, each calendar feed's status and text (DTSTAMP, the time of the request, removed).
 */
import { prisma } from "@/lib/db";
import { GET as getFeed } from "@/app/api/calendar/[token]/route";
import { getPublishedEntries, type GetPublishedEntriesOptions } from "@/lib/server/timetable-views/get-published-entries";

const request = JSON.parse(process.argv[2]) as { views: GetPublishedEntriesOptions[]; feedTokens: string[] };
const views = [];
for (const options of request.views) views.push(await getPublishedEntries(options));
const feeds = [];
for (const token of request.feedTokens) {
  const response = await getFeed(new Request(`http://restore-test/api/calendar/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
  feeds.push({ status: response.status, text: (await response.text()).replace(/^DTSTAMP:.*\r?\n/gm, "") });
}
process.stdout.write(JSON.stringify({ views, feeds }));
await prisma.$disconnect();
process.exit(0);
