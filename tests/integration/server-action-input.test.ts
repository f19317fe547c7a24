// Server actions against the real database with input a form would never send: a NUL in an id or a
// name reached PostgreSQL and came back as "Internal error"; a name with a line break was stored
// and later broke calendars. Each must be refused naming the field, with nothing written.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/prisma/seed/factories";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; role: "REGISTRAR"; departmentId: null } }));
vi.mock("@/lib/auth/session", () => ({ requirePageUser: async () => session.user, getSessionUser: async () => session.user }));

const { saveSubjectAction, deleteSubjectAction } = await import("@/app/admin/data/subjects/actions");
const { saveFacultyAction } = await import("@/app/admin/data/faculty/actions");

let departmentId: string;
const counts = async () => ({ subjects: await prisma.subject.count(), users: await prisma.user.count(), audit: await prisma.auditLog.count() });

beforeAll(async () => {
  const registrar = await prisma.$transaction((tx) => createUser(tx, { role: "REGISTRAR" }));
  session.user = { id: registrar.id, email: registrar.email, name: registrar.name, role: "REGISTRAR", departmentId: null };
  departmentId = (await prisma.department.findFirstOrThrow({ select: { id: true } })).id;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("server-action input with control characters", () => {
  it("refuses a NUL in an id, naming it, and writes nothing", async () => {
    const before = await counts();
    const saved = await saveSubjectAction({ code: "NUL-1", name: "Nul test", departmentId: "d\u0000x", credits: "3", roomType: "LECTURE" });
    expect(saved).toEqual({ ok: false, error: "departmentId: must not contain control characters", fieldErrors: { departmentId: "must not contain control characters" } });
    const deleted = await deleteSubjectAction("s\u0000");
    expect(deleted.ok).toBe(false);
    expect(!deleted.ok && deleted.error).toBe("input: must not contain control characters");
    expect(await counts()).toEqual(before);
  });

  it("refuses names with a line break on the field", async () => {
    const before = await counts();
    const faculty = await saveFacultyAction({ name: "Evil\r\nEND:VEVENT", email: "evil@example.edu", departmentId, maxPeriodsPerDay: "4", maxPeriodsPerWeek: "18" });
    expect(faculty.ok).toBe(false);
    expect(!faculty.ok && faculty.fieldErrors.name).toBe("must not contain line breaks or other control characters");
    expect(await counts()).toEqual(before);
  });
});
