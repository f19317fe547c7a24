import { describe, expect, it } from "vitest";
import { agendaStartDay, dayKind, longDate, shortDate, stepWorkingDay, todayIn, weekDates, type TermCalendar } from "./term-dates";

const term: TermCalendar = {
  firstDay: "2026-07-20",
  lastDay: "2026-11-27",
  timezone: "Asia/Kolkata",
  workingDays: [1, 2, 3, 4, 5, 6],
  nonTeachingDays: [
    { date: "2026-10-02", label: "Gandhi Jayanti" },
    { date: "2026-10-03", label: "Break" },
  ],
};

describe("term dates", () => {
  it("reads today in the term's zone", () => {
    expect(todayIn("Asia/Kolkata", new Date("2026-09-30T20:00:00Z"))).toBe("2026-10-01");
    expect(todayIn("UTC", new Date("2026-09-30T20:00:00Z"))).toBe("2026-09-30");
  });

  it("tells teaching days, holidays, days off and days outside the term apart", () => {
    expect(dayKind(term, "2026-10-01")).toEqual({ kind: "teaching" });
    expect(dayKind(term, "2026-10-02")).toEqual({ kind: "closed", label: "Gandhi Jayanti" });
    expect(dayKind(term, "2026-10-04")).toEqual({ kind: "noClasses" });
    expect(dayKind(term, "2026-12-01")).toEqual({ kind: "outsideTerm" });
  });

  it("opens the agenda on today, else the next teaching day, else the term's edge", () => {
    expect(agendaStartDay(term, "2026-10-01")).toBe("2026-10-01");
    expect(agendaStartDay(term, "2026-10-02")).toBe("2026-10-05"); // Fri, Sat closed; Sun off
    expect(agendaStartDay(term, "2026-07-01")).toBe("2026-07-20");
    expect(agendaStartDay(term, "2026-12-02")).toBe("2026-11-27");
  });

  it("steps over days off but stops on holidays, and not past the term", () => {
    expect(stepWorkingDay(term, "2026-10-01", 1)).toBe("2026-10-02");
    expect(stepWorkingDay(term, "2026-10-03", 1)).toBe("2026-10-05");
    expect(stepWorkingDay(term, "2026-10-05", -1)).toBe("2026-10-03");
    expect(stepWorkingDay(term, "2026-11-27", 1)).toBeNull();
  });

  it("gives the dates of a week and formats them", () => {
    expect([...weekDates("2026-10-01", [1, 6]).entries()]).toEqual([[1, "2026-09-28"], [6, "2026-10-03"]]);
    expect(shortDate("2026-09-28")).toBe("Mon 28 Sep");
    expect(longDate("2026-10-02")).toBe("Friday 2 October 2026");
  });
});
