// Test data for the timetable view tests: two departments, each a tiny term (prisma/seed/tiny-term.ts)
// with a hand-placed PUBLISHED timetable, plus a HOD for each and a registrar and an admin.
// The demo seed publishes nothing, so these tests make their own publication.
//
// Terms are moved to a far-future year so that "the most recent term with a published timetable"
// (what the calendar feed serves) is this fixture's term A, whatever else the database holds.
import { prisma } from "@/lib/db";
import { viewDataChanges } from "@/lib/server/timetable-views/view-data-changes";
import { createTinyTerm, createUser, type TinyTerm } from "@/prisma/seed/factories";

export type PlacedMeeting = { offeringId: string; meetingIndex: number; day: number; period: number; length?: number; roomId: string; facultyId: string | null };

export type PublishOptions = { termId: string; meetings: PlacedMeeting[]; name?: string; status?: "PUBLISHED" | "DRAFT"; publishedAt?: Date };

/** Writes a timetable with the given meetings; PUBLISHED archives the term's current publication. */
export async function writeTimetable({ termId, meetings, name, status = "PUBLISHED", publishedAt = new Date() }: PublishOptions) {
  const timetable = await prisma.$transaction(async (tx) => {
    if (status === "PUBLISHED") {
      await tx.timetable.updateMany({ where: { termId, status: "PUBLISHED" }, data: { status: "ARCHIVED", archivedAt: publishedAt } });
    }
    return tx.timetable.create({
      data: {
        termId,
        name: name ?? `Test ${status.toLowerCase()} ${publishedAt.toISOString()}`,
        status,
        score: 0,
        breakdown: {},
        violations: [],
        publishedAt: status === "PUBLISHED" ? publishedAt : null,
        entries: {
          create: meetings.map((m) => ({
            offeringId: m.offeringId,
            meetingIndex: m.meetingIndex,
            day: m.day,
            period: m.period,
            length: m.length ?? 1,
            roomId: m.roomId,
            facultyId: m.facultyId,
          })),
        },
      },
    });
  });
  // Written behind the app's back, as publishTimetable would: the views this process has cached
  // must not wait for the database's notification.
  viewDataChanges.changedHere();
  return timetable;
}

/** A clash-free week for a tiny term: every offering's meetings on distinct slots. */
export function tinyTermWeek(tiny: TinyTerm): PlacedMeeting[] {
  const { offerings, rooms } = tiny;
  const hall = rooms.lectureHall.id;
  return [
    { offeringId: offerings.theoryA.id, meetingIndex: 0, day: 1, period: 0, roomId: hall, facultyId: offerings.theoryA.facultyId },
    { offeringId: offerings.theoryA.id, meetingIndex: 1, day: 3, period: 0, roomId: hall, facultyId: offerings.theoryA.facultyId },
    { offeringId: offerings.theoryA.id, meetingIndex: 2, day: 5, period: 0, roomId: hall, facultyId: offerings.theoryA.facultyId },
    { offeringId: offerings.theoryB.id, meetingIndex: 0, day: 1, period: 2, roomId: hall, facultyId: offerings.theoryB.facultyId },
    { offeringId: offerings.theoryB.id, meetingIndex: 1, day: 2, period: 2, roomId: hall, facultyId: offerings.theoryB.facultyId },
    { offeringId: offerings.theoryB.id, meetingIndex: 2, day: 4, period: 2, roomId: hall, facultyId: offerings.theoryB.facultyId },
    { offeringId: offerings.labA.id, meetingIndex: 0, day: 2, period: 4, length: 2, roomId: rooms.lab.id, facultyId: offerings.labA.facultyId },
    { offeringId: offerings.combined.id, meetingIndex: 0, day: 2, period: 0, roomId: hall, facultyId: offerings.combined.facultyId },
    { offeringId: offerings.combined.id, meetingIndex: 1, day: 4, period: 0, roomId: hall, facultyId: offerings.combined.facultyId },
  ];
}

async function farFutureTinyTerm(year: number) {
  const tiny = await createTinyTerm(prisma);
  // Mon 5 Jan .. Fri 27 Mar of a far-future year; UTC keeps expected local times obvious.
  const term = await prisma.term.update({
    where: { id: tiny.term.id },
    data: { firstDay: new Date(`${year}-01-05T00:00:00Z`), lastDay: new Date(`${year}-03-27T00:00:00Z`), timezone: "Europe/London" },
  });
  return { ...tiny, term };
}

export async function createTimetableViewsFixture() {
  // Term A is the newest term in the database, so the feed (current publication) serves it.
  const a = await farFutureTinyTerm(2099);
  const b = await farFutureTinyTerm(2098);
  // Published an hour ago, so a republication "now" is newer, and so is this run's term A than
  // any 2099 term a crashed earlier run may have left behind.
  const anHourAgo = new Date(Date.now() - 3600_000);
  const published = {
    a: await writeTimetable({ termId: a.term.id, meetings: tinyTermWeek(a), publishedAt: anHourAgo }),
    b: await writeTimetable({ termId: b.term.id, meetings: tinyTermWeek(b), publishedAt: anHourAgo }),
  };
  const users = {
    admin: await createUser(prisma, { role: "ADMIN" }),
    registrar: await createUser(prisma, { role: "REGISTRAR" }),
    hodA: await createUser(prisma, { role: "HOD", departmentId: a.department.id }),
    hodB: await createUser(prisma, { role: "HOD", departmentId: b.department.id }),
  };
  return { a, b, published, users };
}

export type TimetableViewsFixture = Awaited<ReturnType<typeof createTimetableViewsFixture>>;

/** Removes everything the fixture made (child rows first; most relations cascade from term/user). */
export async function deleteTimetableViewsFixture(fixture: TimetableViewsFixture) {
  const tinyTerms = [fixture.a, fixture.b];
  const termIds = tinyTerms.map((t) => t.term.id);
  const departmentIds = tinyTerms.map((t) => t.department.id);
  const facultyUserIds = tinyTerms.flatMap((t) => t.faculty.map((f) => f.user.id));
  const studentUserIds = tinyTerms.flatMap((t) => t.students.map((s) => s.user.id));
  const otherUserIds = Object.values(fixture.users).map((u) => u.id);
  await prisma.timetable.deleteMany({ where: { termId: { in: termIds } } });
  await prisma.term.deleteMany({ where: { id: { in: termIds } } });
  await prisma.user.deleteMany({ where: { id: { in: [...facultyUserIds, ...studentUserIds, ...otherUserIds] } } });
  await prisma.batch.deleteMany({ where: { departmentId: { in: departmentIds } } });
  await prisma.subject.deleteMany({ where: { departmentId: { in: departmentIds } } });
  await prisma.room.deleteMany({ where: { id: { in: tinyTerms.flatMap((t) => [t.rooms.lab.id, t.rooms.lectureHall.id]) } } });
  await prisma.department.deleteMany({ where: { id: { in: departmentIds } } });
}
