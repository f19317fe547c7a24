/**
 * A department's week as a compact matrix: one row per batch, one column per (day, period), each
 * cell the subject code and room of what the batch has then. A meeting of several periods fills one
 * cell spanning them; a cell with more than one meeting (an elective split, a clash in a draft)
 * lists them all. Pure: built from a view's rows.
 */
import "server-only";
import type { MatrixCell, MatrixMeeting, MatrixRow } from "@/lib/domain/department-views";
import type { TimetableViewRow } from "@/lib/domain/timetable-view";

type Row = Pick<TimetableViewRow, "day" | "period" | "length" | "batchCodes"> & MatrixMeeting;

export function buildDepartmentMatrix(rows: readonly Row[], batchCodes: readonly string[], days: readonly number[], periodCount: number): MatrixRow[] {
  return batchCodes.map((batchCode) => {
    const own = rows.filter((r) => r.batchCodes.includes(batchCode));
    return {
      batchCode,
      days: days.map((day) => {
        const covering: Row[][] = Array.from({ length: periodCount }, () => []);
        for (const r of own) {
          if (r.day !== day) continue;
          for (let p = r.period; p < Math.min(periodCount, r.period + r.length); p++) covering[p].push(r);
        }
        const cells: MatrixCell[] = [];
        for (let p = 0; p < periodCount; ) {
          const here = covering[p];
          const only = here.length === 1 ? here[0] : null;
          if (only && only.period === p) {
            // One meeting starting here: span its periods while it is alone in them.
            let span = 1;
            while (span < only.length && p + span < periodCount && covering[p + span].length === 1 && covering[p + span][0] === only) span++;
            cells.push({ period: p, span, meetings: [meeting(only)] });
            p += span;
          } else {
            cells.push({ period: p, span: 1, meetings: here.map(meeting) });
            p++;
          }
        }
        return cells;
      }),
    };
  });
}

function meeting(r: Row): MatrixMeeting {
  return { offeringId: r.offeringId, meetingIndex: r.meetingIndex, subjectCode: r.subjectCode, subjectName: r.subjectName, roomCode: r.roomCode, facultyName: r.facultyName, startTime: r.startTime, endTime: r.endTime };
}
