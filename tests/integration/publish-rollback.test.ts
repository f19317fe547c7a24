// Safe publishing: the confirmation's preview names what changes and for whom; an archived timetable
// can be published again (roll back); every publication is in the audit log, in order.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import type { TPublicationPreview } from "@/lib/domain/timetable-changes";
import { copyTimetable } from "@/lib/server/timetables/copy-timetable";
import { listPublications } from "@/lib/server/timetables/list-publications";
import { publishedTinyTerm, type PublishedTinyTerm } from "./support/published-timetable";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));

const { GET: preview, POST: publish } = await import("@/app/api/timetables/[id]/publish/route");
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

let fx: PublishedTinyTerm;

beforeAll(async () => {
  fx = await publishedTinyTerm();
  session.current = fx.registrar;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("publishing with confirmation, and rolling back", () => {
  it("previews the diff against the published timetable, publishes, and rolls back to the archived one", async () => {
    const { timetableId: draftId } = await copyTimetable({ timetableId: fx.timetableId, name: "Edited" });
    const lab = await prisma.timetableEntry.findFirstOrThrow({ where: { timetableId: draftId, offeringId: fx.tiny.offerings.labA.id } });
    const taken = await prisma.timetableEntry.findMany({ where: { timetableId: draftId, day: 5 }, select: { period: true } });
    const period = [4, 0, 2].find((p) => !taken.some((t) => t.period === p || t.period === p + 1))!;
    await prisma.timetableEntry.update({ where: { id: lab.id }, data: { day: lab.day === 5 ? 4 : 5, period } });

    const res = await preview(new Request("http://test"), ctx(draftId));
    expect(res.status).toBe(200);
    const body: TPublicationPreview = await res.json();
    expect(body.published).toEqual({ id: fx.timetableId, name: "Published" });
    expect(body.diff).toMatchObject({ studentsAffected: 3, facultyAffected: 1 });
    expect(body.diff!.moved).toHaveLength(1);

    expect((await publish(new Request("http://test", { method: "POST" }), ctx(draftId))).status).toBe(200);
    expect(await prisma.timetable.findUniqueOrThrow({ where: { id: fx.timetableId }, select: { status: true } })).toEqual({ status: "ARCHIVED" });

    // Roll back: the archived timetable is published again, the edited one archived.
    const back = await publish(new Request("http://test", { method: "POST" }), ctx(fx.timetableId));
    expect(back.status).toBe(200);
    expect((await back.json()).archivedIds).toEqual([draftId]);
    const statuses = await prisma.timetable.findMany({ where: { termId: fx.termId }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((t) => [t.id, t.status]))).toEqual({ [fx.timetableId]: "PUBLISHED", [draftId]: "ARCHIVED" });

    const history = await listPublications({ termId: fx.termId });
    expect(history.map((p) => [p.timetableId, p.rollback])).toEqual([
      [fx.timetableId, true],
      [draftId, false],
    ]);
    // Publishing the published one again is refused.
    expect((await publish(new Request("http://test", { method: "POST" }), ctx(fx.timetableId))).status).toBe(409);
  });

  it("previewing and publishing are for registrars and admins only", async () => {
    session.current = { ...fx.registrar, role: "STUDENT" };
    expect((await preview(new Request("http://test"), ctx(fx.timetableId))).status).toBe(403);
    session.current = fx.registrar;
    expect((await preview(new Request("http://test"), ctx("nope"))).status).toBe(404);
  });
});
