// POST /api/timetables/:id/repair: bad input answers 4xx naming the problem and writes nothing;
// only registrars and admins may repair. (Repairs that run are in repair-job.test.ts.)
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import { createUser } from "@/prisma/seed/factories";
import { publishedTinyTerm, type PublishedTinyTerm } from "./support/published-timetable";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));

const { POST: repair } = await import("@/app/api/timetables/[id]/repair/route");

let fx: PublishedTinyTerm;

const post = (id: string, body: string) =>
  repair(new Request(`http://test/api/timetables/${id}/repair`, { method: "POST", body, headers: { "content-type": "application/json" } }), { params: Promise.resolve({ id }) });

const writes = async () => ({ jobs: await prisma.generationJob.count(), timetables: await prisma.timetable.count() });

beforeAll(async () => {
  fx = await publishedTinyTerm();
  session.current = fx.registrar;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("POST /api/timetables/:id/repair with bad input", () => {
  it.each([
    ["not JSON", "{", 400, "JSON"],
    ["secondsLimit too long", JSON.stringify({ secondsLimit: 100_000 }), 422, "secondsLimit"],
    ["secondsLimit not a number", JSON.stringify({ secondsLimit: "ten" }), 422, "secondsLimit"],
    ["an unknown keep", JSON.stringify({ keep: "everything" }), 422, "keep"],
  ])("%s: %i naming the field, nothing written", async (_what, body, status, field) => {
    const before = await writes();
    const res = await post(fx.timetableId, body);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toContain(field);
    expect(await writes()).toEqual(before);
  });

  it("an unknown timetable: 404; an archived one: 409; nothing written", async () => {
    const before = await writes();
    expect((await post("no-such-timetable", "{}")).status).toBe(404);
    const archived = await publishedTinyTerm();
    await prisma.timetable.update({ where: { id: archived.timetableId }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    const after = await writes();
    const res = await post(archived.timetableId, JSON.stringify({ secondsLimit: 5, keep: "time" }));
    expect(res.status).toBe(409);
    expect((await res.json()).error).toContain("archived");
    expect(await writes()).toEqual(after);
    expect(after.jobs).toBe(before.jobs);
  });

  it("is for registrars and admins only", async () => {
    const before = await writes();
    for (const role of ["STUDENT", "FACULTY", "HOD"] as const) {
      const user = await createUser(prisma, { role });
      session.current = { id: user.id, email: user.email, name: user.name, role, departmentId: null };
      expect((await post(fx.timetableId, "{}")).status).toBe(403);
    }
    session.current = null;
    expect((await post(fx.timetableId, "{}")).status).toBe(401);
    session.current = fx.registrar;
    expect(await writes()).toEqual(before);
  });
});
