// meetingOptions() against trial(): every (slot, room) figure of a meeting's options equals what
// applying that move would give, and a cell is blocked exactly when its reasons say why.
import { describe, expect, it } from "vitest";
import { DEMO_SEED, generateDemoUniversity } from "@/prisma/seed/demo-university";
import { demoPlacements, demoSolverInput } from "@/prisma/seed/to-solver-input";
import { Rng } from "../engine/rng";
import { hardPhrase } from "../hard-messages";
import { meetingOptions, withMeetingLifted } from "./options";
import { Occupancy, roomReasons, timeReasons } from "./reasons";
import { EditSession } from "./session";

function demoSession(): EditSession {
  const university = generateDemoUniversity(DEMO_SEED);
  const mapped = demoSolverInput(university);
  return new EditSession(mapped.input, demoPlacements(university, mapped));
}

describe("meetingOptions", () => {
  it("gives, for every slot and room, the hard and score change that applying the move gives", () => {
    const session = demoSession();
    const rng = new Rng(3);
    const M = session.model;
    for (let i = 0; i < 12; i++) {
      const m = rng.int(M.nMeet);
      const before = session.totals();
      const { cells } = meetingOptions(session, m);
      expect(session.totals(), "options leave the session as it was").toEqual(before);
      expect(cells).toHaveLength(M.slots);
      for (const cell of cells) {
        if (!cell.fits) continue;
        for (const option of cell.rooms.filter((_, k) => k < 3 || rng.int(20) === 0)) {
          const after = session.trial([{ m, slot: cell.slot, room: option.room }]);
          expect(option.hardDelta, `hard of meeting ${m} at ${cell.slot} in room ${option.room}`).toBe(after.hard - before.hard);
          expect(option.softDelta).toBeCloseTo(after.soft - before.soft, 6);
        }
      }
    }
  });

  it("names a reason for every blocked placement and none for a free one", () => {
    const session = demoSession();
    const rng = new Rng(4);
    const M = session.model;
    let blocked = 0;
    for (let i = 0; i < 12; i++) {
      const m = rng.int(M.nMeet);
      const { cells } = meetingOptions(session, m);
      const occupancy = new Occupancy(session, m);
      withMeetingLifted(session, m, () => {
        for (const cell of cells.filter((c) => c.fits)) {
          const time = timeReasons(session, occupancy, m, cell.slot);
          for (const option of cell.rooms.slice(0, 4)) {
            const reasons = [...time, ...roomReasons(session, occupancy, m, cell.slot, option.room)];
            expect(reasons.length > 0, `meeting ${m} at ${cell.slot} in room ${option.room}: ${option.added} own violations, reasons ${reasons.join("; ")}`).toBe(option.added > 0);
            if (option.added > 0) blocked++;
          }
        }
      });
    }
    expect(blocked, "the sample includes blocked placements").toBeGreaterThan(0);
  });

  it("names the teacher and the other class when the teacher is busy", () => {
    const session = demoSession();
    const M = session.model;
    // Two meetings of different offerings with the same teacher.
    let a = -1;
    let b = -1;
    for (let x = 0; x < M.nMeet && b < 0; x++) {
      for (let y = 0; y < M.nMeet; y++) {
        if (M.meetOff[x] !== M.meetOff[y] && M.offFac[M.meetOff[x]] >= 0 && M.offFac[M.meetOff[x]] === M.offFac[M.meetOff[y]] && M.offLen[M.meetOff[x]] === 1) {
          [a, b] = [x, y];
          break;
        }
      }
    }
    const occupancy = new Occupancy(session, a);
    const reasons = withMeetingLifted(session, a, () => timeReasons(session, occupancy, a, session.state.meetSlot[b]));
    const teacher = session.input.faculty[M.offFac[M.meetOff[a]]].name;
    expect(reasons).toContain(hardPhrase.facultyBusy(teacher, session.input.offerings[M.meetOff[b]].name));
  });
});
