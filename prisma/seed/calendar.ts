/**
 * The demo term's non-teaching days (2026-27 odd semester, Asia/Kolkata): public holidays on
 * working days, the mid-term exam week and a Diwali break, so calendars and views have single days
 * and ranges to leave out.
 */
import type { DemoNonTeachingDay } from "./demo-types";

const DAYS: readonly { firstDay: string; lastDay?: string; label: string }[] = [
  { firstDay: "2026-08-15", label: "Independence Day" },
  { firstDay: "2026-09-21", lastDay: "2026-09-26", label: "Mid-term exams" },
  { firstDay: "2026-10-02", label: "Gandhi Jayanti" },
  { firstDay: "2026-11-09", lastDay: "2026-11-11", label: "Diwali break" },
];

export function buildNonTeachingDays(termId: string, id: () => string): DemoNonTeachingDay[] {
  return DAYS.map((d) => ({
    id: id(),
    termId,
    firstDay: new Date(`${d.firstDay}T00:00:00.000Z`),
    lastDay: new Date(`${d.lastDay ?? d.firstDay}T00:00:00.000Z`),
    label: d.label,
  }));
}
