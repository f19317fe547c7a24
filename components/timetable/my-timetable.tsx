"use client";
// The signed-in user's own week, for embedding in the faculty and student home pages:
// <MyTimetable />. The full page with pickers is /timetable.
import { TimetableExplorer } from "./timetable-explorer";

export function MyTimetable() {
  return <TimetableExplorer initialQuery={{ scope: "me" }} choices={null} offerOwnWeek />;
}
