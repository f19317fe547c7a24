// GET /api/timetables/:id/check and /diff against the real database: a published timetable stays
// valid until the data changes under it; the check names what broke; the diff of a changed copy
// lists exactly the changed meetings and the people they affect; bad input and other roles get 4xx.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/domain/session-user";
import { prisma } from "@/lib/db";
import type { TTimetableCheck, TTimetableDiff } from "@/lib/domain/timetable-changes";
import { copyTimetable } from "@/lib/server/timetables/copy-timetable";
import { createUser } from "@/prisma/seed/factories";
import { facultyOffForTheirBusiestDay, publishedTinyTerm, type PublishedTinyTerm } from "./support/published-timetable";

const session = vi.hoisted(() => ({ current: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.current }));

const { GET: check } = await import("@/app/api/timetables/[id]/check/route");
const { GET: diff } = await import("@/app/api/timetables/[id]/diff/route");

let fx: PublishedTinyTerm;
let other: PublishedTinyTerm;

const get = (route: typeof check, id: string, query = "") =>
  route(new Request(`http://test/api/timetables/${id}/x${query}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  fx = await publishedTinyTerm();
  other = await publishedTinyTerm();
  session.current = fx.registrar;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("check", () => {
  it("finds a freshly published timetable valid, then names the teacher who became unavailable", async () => {
    const fine = await get(check, fx.timetableId);
    expect(fine.status).toBe(200);
    const before: TTimetableCheck = await fine.json();
    expect(before).toMatchObject({ valid: true, hardViolations: 0, violations: [], unplaced: [], status: "published" });

    const teacher = fx.tiny.faculty[0];
    await facultyOffForTheirBusiestDay(fx.timetableId, teacher.profile.id);
    const after: TTimetableCheck = await (await get(check, fx.timetableId)).json();
    expect(after.valid).toBe(false);
    expect(after.hardViolations).toBeGreaterThan(0);
    expect(after.violations.some((v) => v.message.includes(`${teacher.user.name} is unavailable on`))).toBe(true);
  });

  it("lists the meetings of an offering added since as unplaced", async () => {
    const subject = await prisma.subject.create({ data: { code: `NEW-${other.termId.slice(-6)}`, name: "New elective", departmentId: other.tiny.department.id } });
    const offering = await prisma.offering.create({ data: { termId: other.termId, subjectId: subject.id, meetingsPerWeek: 2, batches: { create: [{ batchId: other.tiny.batches.b.id }] } } });
    const result: TTimetableCheck = await (await get(check, other.timetableId)).json();
    expect(result.valid).toBe(false);
    expect(result.unplaced).toEqual([{ offeringId: offering.id, name: expect.stringContaining("New elective"), meetings: 2 }]);
    await prisma.offering.delete({ where: { id: offering.id } });
  });
});

describe("diff", () => {
  it("lists the one meeting moved in a copy and the people it affects", async () => {
    const { timetableId: copyId } = await copyTimetable({ timetableId: other.timetableId });
    const empty: TTimetableDiff = await (await get(diff, copyId, `?against=${other.timetableId}`)).json();
    expect(empty).toMatchObject({ moved: [], roomChanged: [], added: [], removed: [], studentsAffected: 0, facultyAffected: 0 });

    const lab = await prisma.timetableEntry.findFirstOrThrow({ where: { timetableId: copyId, offeringId: other.tiny.offerings.labA.id } });
    const taken = await prisma.timetableEntry.findMany({ where: { timetableId: copyId, day: 5 }, select: { period: true } });
    const period = [4, 0, 2].find((p) => !taken.some((t) => t.period === p || t.period === p + 1))!;
    await prisma.timetableEntry.update({ where: { id: lab.id }, data: { day: lab.day === 5 ? 4 : 5, period } });
    const res = await get(diff, copyId, `?against=${other.timetableId}`);
    expect(res.status).toBe(200);
    const changed: TTimetableDiff = await res.json();
    expect(changed.moved).toHaveLength(1);
    expect(changed.moved[0]).toMatchObject({ meetingId: lab.id, subjectCode: expect.stringContaining("DS102L"), batchCodes: [other.tiny.batches.a.code] });
    expect(changed.moved[0].from).toMatchObject({ day: lab.day, period: lab.period });
    // Batch A's students (3) and the lab's teacher.
    expect(changed.studentsAffected).toBe(3);
    expect(changed.facultyAffected).toBe(1);
  });

  it("answers 4xx for an unknown timetable, a missing or unknown `against`, and one of another term", async () => {
    expect((await get(diff, "nope", `?against=${fx.timetableId}`)).status).toBe(404);
    const missing = await get(diff, fx.timetableId);
    expect(missing.status).toBe(422);
    expect((await missing.json()).error).toContain("against");
    expect((await get(diff, fx.timetableId, "?against=nope")).status).toBe(404);
    const otherTerm = await get(diff, fx.timetableId, `?against=${other.timetableId}`);
    expect(otherTerm.status).toBe(422);
    expect((await otherTerm.json()).error).toContain("another term");
    expect((await get(check, "nope")).status).toBe(404);
  });

  it("is for registrars and admins only", async () => {
    for (const role of ["STUDENT", "FACULTY", "HOD"] as const) {
      const user = await createUser(prisma, { role });
      session.current = { id: user.id, email: user.email, name: user.name, role, departmentId: null };
      expect((await get(check, fx.timetableId)).status).toBe(403);
      expect((await get(diff, fx.timetableId, `?against=${fx.timetableId}`)).status).toBe(403);
    }
    session.current = null;
    expect((await get(check, fx.timetableId)).status).toBe(401);
    session.current = fx.registrar;
  });
});
