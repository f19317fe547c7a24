/**
 * A timetable of an imported ITC-2007 term as a .sol file: one line `COURSE ROOM DAY PERIOD` per
 * lecture, with the instance's own ids (the code prefix stripped) and 0-based day and period
 * indices into the term's working days and periods, so the official validator can check it.
 */
import "server-only";
import { AppError } from "@/lib/domain/app-error";
import { prisma } from "@/lib/db";
import { formatSolution, type SolLine } from "@/lib/formats/itc2007/solution-format";
import { itcIdOf } from "./itc-codes";

export interface ExportTimetableSolOptions {
  timetableId: string;
}

export interface ExportedSol {
  fileName: string;
  text: string;
}

export async function exportTimetableSol({ timetableId }: ExportTimetableSolOptions): Promise<ExportedSol> {
  const timetable = await prisma.timetable.findUnique({
    where: { id: timetableId },
    select: {
      term: { select: { name: true, workingDays: true, periods: { select: { index: true }, orderBy: { index: "asc" } } } },
      entries: {
        select: { day: true, period: true, length: true, offering: { select: { subject: { select: { code: true } } } }, room: { select: { code: true } } },
        orderBy: [{ offeringId: "asc" }, { meetingIndex: "asc" }],
      },
    },
  });
  if (!timetable) throw new AppError("NOT_FOUND", "Timetable not found");
  const { term } = timetable;
  const days = [...term.workingDays].sort((a, b) => a - b);
  const positionOfPeriod = new Map(term.periods.map((p, position) => [p.index, position]));

  const lines: SolLine[] = [];
  for (const entry of timetable.entries) {
    const courseId = itcIdOf(term.name, entry.offering.subject.code);
    const roomId = itcIdOf(term.name, entry.room.code);
    if (courseId === null || roomId === null) {
      const what = courseId === null ? `subject ${entry.offering.subject.code}` : `room ${entry.room.code}`;
      throw new AppError("UNPROCESSABLE", `This timetable is not of an imported ITC-2007 instance: ${what} is not part of "${term.name}"`);
    }
    const day = days.indexOf(entry.day);
    const first = positionOfPeriod.get(entry.period);
    if (day < 0 || first === undefined) throw new AppError("UNPROCESSABLE", `A meeting of ${courseId} lies outside the term's week`);
    // ITC lectures are one period; a longer meeting is that many consecutive lectures.
    for (let k = 0; k < entry.length; k++) lines.push({ courseId, roomId, day, period: first + k });
  }
  return { fileName: `${term.name.replace(/[^A-Za-z0-9._-]+/g, "-")}.sol`, text: formatSolution(lines) };
}
